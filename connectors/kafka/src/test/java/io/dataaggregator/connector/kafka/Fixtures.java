package io.dataaggregator.connector.kafka;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.type.Batch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Helpers for tests against the shared {@link KafkaBroker}. */
final class Fixtures {
  private Fixtures() {}

  static KafkaSourceConfig source(Map<String, Object> settings) {
    var all = new HashMap<String, Object>(KafkaBroker.get().baseConfig());
    all.putAll(settings);
    return ConfigBinder.bind(all, KafkaSourceConfig.class, "kafka source config");
  }

  static KafkaSinkConfig sink(Map<String, Object> settings) {
    var all = new HashMap<String, Object>(KafkaBroker.get().baseConfig());
    all.putAll(settings);
    return ConfigBinder.bind(all, KafkaSinkConfig.class, "kafka sink config");
  }

  /** Sends {@code values} as they are (null key) to {@code partition} of {@code topic}, and waits. */
  static void produce(String topic, int partition, List<String> values) {
    var records = values.stream()
        .map(v -> new ProducerRecord<byte[], byte[]>(topic, partition, null,
            v == null ? null : v.getBytes(StandardCharsets.UTF_8)))
        .toList();
    send(records);
  }

  static void send(List<ProducerRecord<byte[], byte[]>> records) {
    var props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers());
    try (var producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
      for (var r : records) {
        producer.send(r);
      }
      producer.flush();
    }
  }

  /** Every batch until the reader ends. */
  static List<Batch> drain(BatchReader reader) {
    var batches = new ArrayList<Batch>();
    Batch b;
    while ((b = reader.next()) != null) {
      batches.add(b);
    }
    return batches;
  }

  static List<Object[]> rows(List<Batch> batches) {
    return batches.stream().flatMap(b -> b.rows().stream()).toList();
  }

  /** The group's committed offsets of {@code topic}, partition -> offset; empty when none. */
  static Map<Integer, Long> groupOffsets(String group, String topic) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> all = KafkaBroker.get().admin()
        .listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
    return all.entrySet().stream()
        .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
        .collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset()));
  }

  static long sum(Map<Integer, Long> offsets) {
    return offsets.values().stream().mapToLong(Long::longValue).sum();
  }
}
