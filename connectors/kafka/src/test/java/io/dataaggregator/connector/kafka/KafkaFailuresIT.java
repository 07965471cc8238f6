package io.dataaggregator.connector.kafka;

import static io.dataaggregator.connector.kafka.Fixtures.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBroker.class)
@Timeout(60) // a guard against hanging, not a speed check
class KafkaFailuresIT {
  private final KafkaSource source = new KafkaSource();
  private final KafkaSink sink = new KafkaSink();

  private static String closedPort() throws Exception {
    try (var socket = new ServerSocket(0)) {
      return "127.0.0.1:" + socket.getLocalPort();
    }
  }

  @Test
  void badMessagesAreRejectedWithTheirOffsetAndRawTextAndReadingGoesOn() throws Exception {
    String topic = KafkaBroker.get().newTopic("bad", 1);
    Fixtures.produce(topic, 0, List.of("{\"n\":1}", "{\"n\":", "[1,2]", "{\"n\":\"many\"}", "{\"n\":5}"));
    var config = Fixtures.source(Map.of("topics", List.of(topic), "schema", Map.of("n", "int")));
    CatalogStream stream = source.discover(config).stream(topic).orElseThrow();

    List<Batch> batches;
    try (var reader = source.read(config, stream, Checkpoint.START)) {
      batches = drain(reader);
    }

    assertThat(Fixtures.rows(batches)).extracting(r -> r[0]).containsExactly(1, 5);
    List<Rejection> rejected = batches.stream().flatMap(b -> b.rejections().stream()).toList();
    assertThat(rejected).extracting(Rejection::position).containsExactly(1L, 2L, 3L);
    assertThat(rejected).extracting(Rejection::raw).containsExactly("{\"n\":", "[1,2]", "{\"n\":\"many\"}");
    assertThat(rejected.get(0).reason())
        .startsWith("topic " + topic + " partition 0 offset 1: value is not valid JSON");
    assertThat(rejected.get(1).reason()).endsWith("offset 2: value is a JSON array, not an object");
    assertThat(rejected.get(2).field()).isEqualTo("n");
    assertThat(rejected.get(2).reason()).contains("offset 3: field n: expected int, found \"many\"");
    assertThat(rejected).allSatisfy(r -> assertThat(r.stream()).isEqualTo(topic));
  }

  @Test
  void anUnreachableBootstrapServerGivesAClearErrorWithinTheTimeout() throws Exception {
    String servers = closedPort();
    var settings = Map.<String, Object>of("bootstrap_servers", servers, "topics", List.of("t"), "timeout_ms", 1500);
    var config = Fixtures.source(settings);

    var check = source.check(config);
    assertThat(check.ok()).isFalse();
    assertThat(check.message()).contains("no answer from Kafka at " + servers + " within 1500 ms");
    assertThatThrownBy(() -> source.discover(config))
        .isInstanceOfSatisfying(ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(KafkaErrorCode.UNREACHABLE))
        .hasMessageContaining("listing topics: no answer from Kafka at " + servers);
    var sinkConfig = Fixtures.sink(Map.of("bootstrap_servers", servers, "timeout_ms", 1500));
    assertThat(sink.check(sinkConfig).message()).contains("no answer from Kafka at " + servers);
    var target = new WriteTarget("p", "s", "t", Schema.of(Field.of("n", DataType.INT)), WriteMode.APPEND, List.of());
    assertThatThrownBy(() -> sink.open(sinkConfig, target))
        .hasMessageContaining("no answer from Kafka at " + servers + " within 1500 ms");
  }

  @Test
  void anUnknownTopicIsNamedByCheckDiscoverAndRead() throws Exception {
    String known = KafkaBroker.get().newTopic("known", 1);
    var config = Fixtures.source(Map.of("topics", List.of(known, "missing-topic"), "schema", Map.of("n", "int")));

    assertThat(source.check(config).message()).startsWith("topic 'missing-topic' not found on "
        + KafkaBroker.get().bootstrapServers() + "; its topics: ").contains(known);
    assertThatThrownBy(() -> source.discover(config))
        .isInstanceOfSatisfying(ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(KafkaErrorCode.UNKNOWN_TOPIC));
    var stream = CatalogStream.of("missing-topic", RowDecoder.withMeta(List.of(Field.of("n", DataType.INT))));
    assertThatThrownBy(() -> source.read(config, stream, Checkpoint.START))
        .hasMessageContaining("topic 'missing-topic' not found");
    var pattern = Fixtures.source(Map.of("topic_pattern", "nothing-matches-.*"));
    assertThatThrownBy(() -> source.discover(pattern)).hasMessageContaining("no topic matches topic_pattern 'nothing-matches-.*'");
  }

  @Test
  void sinkSendsRejectionsToTheQuarantineTopic() throws Exception {
    String topic = KafkaBroker.get().newTopic("quarantine", 1);
    var schema = Schema.of(Field.of("n", DataType.INT));
    var target = new WriteTarget("p", "s", topic, schema, WriteMode.APPEND, List.of());
    var rows = new ArrayList<Object[]>();
    rows.add(new Object[] {7});
    try (var writer = sink.open(Fixtures.sink(Map.of()), target)) {
      writer.write(new Batch(schema, rows, List.of(new Rejection("s", 12, "n", "not a number", "x,y"))));
      writer.commit(Checkpoint.START);
    }

    String rejectedTopic = topic + Topics.REJECTED_SUFFIX;
    var config = Fixtures.source(Map.of("topics", List.of(rejectedTopic)));
    CatalogStream stream = source.discover(config).stream(rejectedTopic).orElseThrow();
    List<Object[]> rejected;
    try (var reader = source.read(config, stream, Checkpoint.START)) {
      rejected = Fixtures.rows(drain(reader));
    }
    assertThat(stream.schema().names()).startsWith("stream", "position", "field", "reason", "raw");
    assertThat(rejected).hasSize(1);
    assertThat(java.util.Arrays.asList(rejected.get(0)).subList(0, 5)).containsExactly("s", 12L, "n", "not a number", "x,y");
  }

  @Test
  void sinkRefusesOverwriteUnknownKeyFieldsAndMissingTopicsWhenNotCreating() throws Exception {
    var schema = Schema.of(Field.of("n", DataType.INT));
    assertThatThrownBy(() -> sink.open(Fixtures.sink(Map.of()),
        new WriteTarget("p", "s", "t", schema, WriteMode.OVERWRITE, List.of())))
        .hasMessageContaining("mode overwrite is not possible");
    assertThatThrownBy(() -> sink.open(Fixtures.sink(Map.of("key_fields", List.of("id"))),
        new WriteTarget("p", "s", "t", schema, WriteMode.APPEND, List.of())))
        .hasMessageContaining("key_fields: unknown field 'id'; fields are [n]");
    assertThatThrownBy(() -> sink.open(Fixtures.sink(Map.of("create_topics", false)),
        new WriteTarget("p", "s", "absent-topic", schema, WriteMode.APPEND, List.of())))
        .isInstanceOfSatisfying(ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(KafkaErrorCode.UNKNOWN_TOPIC))
        .hasMessageContaining("topic 'absent-topic' not found (create_topics is false)");
    assertThatThrownBy(() -> sink.open(Fixtures.sink(Map.of()),
        new WriteTarget("p", "s", "bad topic/name", schema, WriteMode.APPEND, List.of())))
        .hasMessageContaining("'bad topic/name' cannot be a topic name");
  }
}
