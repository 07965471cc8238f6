package io.dataaggregator.connector.kafka;

import static io.dataaggregator.connector.kafka.Fixtures.drain;
import static io.dataaggregator.connector.kafka.Fixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.SyncMode;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBroker.class)
class KafkaRoundTripIT {
  private static final Schema ALL_TYPES = Schema.of(
      Field.of("id", DataType.BIGINT), Field.of("flag", DataType.BOOLEAN), Field.of("small", DataType.INT),
      Field.of("amount", DataType.decimal(38, 10)), Field.of("ratio", DataType.DOUBLE),
      Field.of("name", DataType.STRING), Field.of("day", DataType.DATE), Field.of("clock", DataType.TIME),
      Field.of("local", DataType.TIMESTAMP), Field.of("zoned", DataType.TIMESTAMP_TZ),
      Field.of("blob", DataType.BYTES), Field.of("doc", DataType.JSON));

  private static Object[] fullRow(long id) {
    return new Object[] {id, id % 2 == 0, (int) -id, new BigDecimal("12345678901234567890.0123456789").add(BigDecimal.valueOf(id)),
        id / 3.0, "naïve “text” " + id, LocalDate.of(2024, 2, 29).plusDays(id), LocalTime.of(1, 2, 3, 400_000_000),
        LocalDateTime.of(1999, 12, 31, 23, 59, 59).plusSeconds(id),
        OffsetDateTime.of(2024, 1, 1, 8, 30, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)).plusMinutes(id),
        new byte[] {1, 2, (byte) id}, new JsonText("{\"n\":" + id + ",\"list\":[true,null,\"x\"]}")};
  }

  private static Map<String, Object> schemaConfig(Schema schema) {
    var map = new LinkedHashMap<String, Object>();
    schema.fields().forEach(f -> map.put(f.name(), f.type().toString()));
    return map;
  }

  private static void write(String topic, Schema schema, Map<String, Object> sinkSettings, List<Object[]> rows) {
    var target = new WriteTarget("p", "s", topic, schema, WriteMode.APPEND, List.of());
    try (var writer = new KafkaSink().open(Fixtures.sink(sinkSettings), target)) {
      writer.write(new Batch(schema, rows.subList(0, rows.size() / 2)));
      writer.commit(new Checkpoint("{}"));
      writer.write(new Batch(schema, rows.subList(rows.size() / 2, rows.size())));
      writer.commit(new Checkpoint("{}"));
      writer.finish();
    }
  }

  @Test
  void sinkWritesRowsOfEveryTypeAndSourceReadsThemBackEqual() throws Exception {
    String topic = KafkaBroker.get().newTopic("types", 1);
    var written = new ArrayList<Object[]>();
    for (long id = 1; id <= 20; id++) {
      written.add(fullRow(id));
    }
    var nulls = new Object[ALL_TYPES.size()];
    nulls[0] = 21L;
    written.add(nulls);
    write(topic, ALL_TYPES, Map.of("key_fields", List.of("id"), "header_fields", List.of("name"),
        "headers", Map.of("origin", "test")), written);

    var config = Fixtures.source(Map.of("topics", List.of(topic), "schema", schemaConfig(ALL_TYPES)));
    CatalogStream stream = new KafkaSource().discover(config).stream(topic).orElseThrow();
    List<Object[]> read;
    try (var reader = new KafkaSource().read(config, stream, Checkpoint.START)) {
      read = rows(drain(reader));
    }

    assertThat(read).hasSize(written.size());
    Schema schema = stream.schema();
    for (int r = 0; r < read.size(); r++) {
      Object[] row = read.get(r);
      assertThat(Arrays.copyOf(row, ALL_TYPES.size())).as("row %d", r).isEqualTo(written.get(r));
      assertThat(row[schema.require("_key")]).isEqualTo(String.valueOf(written.get(r)[0]));
      assertThat(row[schema.require("_topic")]).isEqualTo(topic);
      assertThat(row[schema.require("_partition")]).isEqualTo(0);
      assertThat(row[schema.require("_offset")]).isEqualTo((long) r);
      assertThat(row[schema.require("_timestamp")]).isInstanceOf(OffsetDateTime.class);
    }
    assertThat(read.get(0)[schema.require("_headers")])
        .isEqualTo(new JsonText("{\"origin\":\"test\",\"name\":\"naïve “text” 1\"}"));
    assertThat(read.get(20)[schema.require("_headers")]).isEqualTo(new JsonText("{\"origin\":\"test\",\"name\":null}"));
  }

  @Test
  void discoverInfersValueFieldsFromASampleAndAddsMetadataFields() throws Exception {
    String topic = KafkaBroker.get().newTopic("sampled", 2);
    Fixtures.produce(topic, 0, List.of("{\"id\":1,\"name\":\"a\",\"price\":1.5,\"tags\":[\"x\"]}", "not json"));
    Fixtures.produce(topic, 1, List.of("{\"id\":2,\"name\":\"b\",\"price\":2,\"vip\":true}"));

    CatalogStream stream = new KafkaSource().discover(Fixtures.source(Map.of("topics", List.of(topic))))
        .stream(topic).orElseThrow();

    // Partitions may come in either order, and with them the order fields are first seen.
    assertThat(stream.schema().fields().subList(0, 5)).containsExactlyInAnyOrder(Field.of("id", DataType.BIGINT),
        Field.of("name", DataType.STRING), Field.of("price", DataType.DOUBLE), Field.of("tags", DataType.JSON),
        Field.of("vip", DataType.BOOLEAN));
    assertThat(stream.schema().names()).endsWith("_key", "_headers", "_topic", "_partition", "_offset", "_timestamp");
    assertThat(stream.sync()).isEqualTo(SyncMode.INCREMENTAL);
    assertThat(stream.cursorField()).isEqualTo("_offset");
    assertThat(stream.primaryKey()).containsExactly("_partition", "_offset");
  }

  @Test
  void topicToTopicCopyKeepsKeysHeadersAndTimestampsOutOfTheValue() throws Exception {
    String from = KafkaBroker.get().newTopic("copy-from", 1);
    String to = KafkaBroker.get().newTopic("copy-to", 1);
    var message = new org.apache.kafka.clients.producer.ProducerRecord<byte[], byte[]>(from, 0, 1_700_000_000_123L,
        "k1".getBytes(), "{\"v\":1}".getBytes(), List.of(new org.apache.kafka.common.header.internals.RecordHeader("h", "x".getBytes())));
    Fixtures.send(List.of(message));
    var sourceConfig = Fixtures.source(Map.of("topics", List.of(from), "schema", Map.of("v", "int")));
    CatalogStream stream = new KafkaSource().discover(sourceConfig).stream(from).orElseThrow();
    List<Object[]> copied;
    try (var reader = new KafkaSource().read(sourceConfig, stream, Checkpoint.START)) {
      copied = rows(drain(reader));
    }

    write(to, stream.schema(), Map.of(), copied);

    var check = Fixtures.source(Map.of("topics", List.of(to)));
    CatalogStream back = new KafkaSource().discover(check).stream(to).orElseThrow();
    List<Object[]> rows;
    try (var reader = new KafkaSource().read(check, back, Checkpoint.START)) {
      rows = rows(drain(reader));
    }
    assertThat(back.schema().names()).containsExactly("v", "_key", "_headers", "_topic", "_partition", "_offset", "_timestamp");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)[0]).isEqualTo(1L);
    assertThat(rows.get(0)[1]).isEqualTo("k1");
    assertThat(rows.get(0)[2]).isEqualTo(new JsonText("{\"h\":\"x\"}"));
    assertThat(rows.get(0)[6]).isEqualTo(OffsetDateTime.of(2023, 11, 14, 22, 13, 20, 123_000_000, ZoneOffset.UTC));
  }

  @Test
  void topicPatternMakesAStreamPerMatchingTopicButNotForQuarantineTopics() throws Exception {
    String prefix = "pat" + System.nanoTime();
    String a = KafkaBroker.get().newTopic(prefix + "-a", 1);
    String b = KafkaBroker.get().newTopic(prefix + "-b", 1);
    KafkaBroker.get().createTopic(a + Topics.REJECTED_SUFFIX, 1);
    KafkaBroker.get().newTopic("other", 1);

    var catalog = new KafkaSource().discover(Fixtures.source(Map.of("topic_pattern", prefix + "-.*",
        "schema", Map.of("x", "int"))));

    assertThat(catalog.names()).containsExactlyInAnyOrder(a, b);
  }
}
