package io.dataaggregator.connector.kafka;

import static io.dataaggregator.connector.kafka.Fixtures.drain;
import static io.dataaggregator.connector.kafka.Fixtures.groupOffsets;
import static io.dataaggregator.connector.kafka.Fixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.type.Batch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBroker.class)
class KafkaDeliveryIT {
  private final KafkaSource source = new KafkaSource();

  /** {@code {"n": i}} for i in [from, to), spread round-robin over the topic's partitions. */
  static void numbers(String topic, int partitions, int from, int to) {
    for (int p = 0; p < partitions; p++) {
      int partition = p;
      Fixtures.produce(topic, p, IntStream.range(from, to).filter(i -> i % partitions == partition)
          .mapToObj(i -> "{\"n\":" + i + "}").toList());
    }
  }

  private static List<Long> ns(List<Object[]> rows) {
    return rows.stream().map(r -> (Long) r[0]).sorted().toList();
  }

  private BatchReader open(KafkaSourceConfig config, String topic, Checkpoint from) {
    CatalogStream stream = source.discover(config).stream(topic).orElseThrow();
    return source.read(config, stream, from);
  }

  private static Map<String, Object> settings(String topic, Object... more) {
    var map = new java.util.HashMap<String, Object>(Map.of("topics", List.of(topic), "schema", Map.of("n", "bigint")));
    for (int i = 0; i < more.length; i += 2) {
      map.put((String) more[i], more[i + 1]);
    }
    return map;
  }

  @Test
  void boundedReadStopsAtTheEndOffsetsSeenWhenItOpened() throws Exception {
    String topic = KafkaBroker.get().newTopic("bounded", 3);
    numbers(topic, 3, 0, 90);
    var config = Fixtures.source(settings(topic, "batch_size", 20));

    try (var reader = open(config, topic, Checkpoint.START)) {
      Batch first = reader.next();
      numbers(topic, 3, 90, 120);
      var rest = drain(reader);
      var all = new ArrayList<>(first.rows());
      all.addAll(rows(rest));

      assertThat(ns(all)).isEqualTo(IntStream.range(0, 90).mapToObj(i -> (long) i).toList());
      assertThat(rest).allSatisfy(b -> assertThat(b.size()).isLessThanOrEqualTo(20));
    }
  }

  @Test
  void resumingFromACheckpointReadsExactlyTheRest() throws Exception {
    String topic = KafkaBroker.get().newTopic("resume", 3);
    numbers(topic, 3, 0, 300);
    var config = Fixtures.source(settings(topic, "batch_size", 25));
    var firstPart = new ArrayList<Object[]>();
    Checkpoint saved;
    try (var reader = open(config, topic, Checkpoint.START)) {
      for (int i = 0; i < 4; i++) {
        firstPart.addAll(reader.next().rows());
      }
      saved = reader.checkpoint();
    }

    List<Object[]> rest;
    try (var reader = open(config, topic, saved)) {
      rest = rows(drain(reader));
    }

    var all = new ArrayList<>(firstPart);
    all.addAll(rest);
    assertThat(firstPart).isNotEmpty();
    assertThat(rest).isNotEmpty();
    assertThat(ns(all)).isEqualTo(IntStream.range(0, 300).mapToObj(i -> (long) i).toList());
  }

  @Test
  void groupOffsetsAreCommittedOnlyAfterTheRunnerConfirmsAndOnTheNextRead() throws Exception {
    String topic = KafkaBroker.get().newTopic("confirm", 2);
    numbers(topic, 2, 0, 100);
    String group = "g-" + topic;
    var config = Fixtures.source(settings(topic, "batch_size", 10, "group_id", group));

    Checkpoint afterFirst;
    Checkpoint afterThird;
    try (var reader = open(config, topic, Checkpoint.START)) {
      reader.next();
      afterFirst = reader.checkpoint();
      reader.next();
      reader.next();
      afterThird = reader.checkpoint();
      assertThat(groupOffsets(group, topic)).as("nothing confirmed yet").isEmpty();

      reader.committed(afterFirst);
      assertThat(groupOffsets(group, topic)).as("committed on the reader's thread, at the next read").isEmpty();
      reader.next();
      assertThat(groupOffsets(group, topic)).isEqualTo(Offsets.decode(afterFirst, topic));
    }
    assertThat(Fixtures.sum(Offsets.decode(afterFirst, topic))).isBetween(1L, 10L);

    var closedReader = open(config, topic, afterThird);
    closedReader.close();
    closedReader.committed(afterThird);
    assertThat(groupOffsets(group, topic)).as("confirmed after close").isEqualTo(Offsets.decode(afterThird, topic));
  }

  @Test
  void withoutACheckpointReadingStartsAtTheGroupsOffsetsButACheckpointWins() throws Exception {
    String topic = KafkaBroker.get().newTopic("group-start", 1);
    numbers(topic, 1, 0, 50);
    String group = "g-" + topic;
    var config = Fixtures.source(settings(topic, "group_id", group));
    try (var reader = open(config, topic, Checkpoint.START)) {
      drain(reader);
      reader.committed(Offsets.encode(Map.of(0, 30L)));
    }
    assertThat(groupOffsets(group, topic)).isEqualTo(Map.of(0, 30L));

    try (var reader = open(config, topic, Checkpoint.START)) {
      assertThat(ns(rows(drain(reader)))).first().isEqualTo(30L);
    }
    try (var reader = open(config, topic, Offsets.encode(Map.of(0, 45L)))) {
      assertThat(ns(rows(drain(reader)))).containsExactly(45L, 46L, 47L, 48L, 49L);
    }
  }

  @Test
  void startFromLatestSkipsWhatIsAlreadyThere() throws Exception {
    String topic = KafkaBroker.get().newTopic("latest", 1);
    numbers(topic, 1, 0, 10);
    var config = Fixtures.source(settings(topic, "start_from", "latest"));

    try (var reader = open(config, topic, Checkpoint.START)) {
      assertThat(reader.next()).isNull();
      assertThat(Offsets.decode(reader.checkpoint(), topic)).isEqualTo(Map.of(0, 10L));
    }
  }

  @Test
  @Timeout(60)
  void continuousReadDeliversMessagesProducedAfterItOpened() throws Exception {
    String topic = KafkaBroker.get().newTopic("continuous", 2);
    numbers(topic, 2, 0, 10);
    var config = Fixtures.source(settings(topic, "continuous", true));

    try (var reader = open(config, topic, Checkpoint.START)) {
      var seen = new ArrayList<Object[]>();
      while (seen.size() < 10) {
        seen.addAll(reader.next().rows());
      }
      numbers(topic, 2, 10, 20);
      while (seen.size() < 20) {
        seen.addAll(reader.next().rows());
      }
      assertThat(ns(seen)).isEqualTo(IntStream.range(0, 20).mapToObj(i -> (long) i).toList());
      assertThat(Fixtures.sum(Offsets.decode(reader.checkpoint(), topic))).isEqualTo(20);
    }
  }
}
