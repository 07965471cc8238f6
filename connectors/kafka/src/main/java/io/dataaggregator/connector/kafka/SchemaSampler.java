package io.dataaggregator.connector.kafka;

import io.dataaggregator.engine.type.Field;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Infers a topic's value fields from its latest messages: up to {@code sample_size} in all, spread
 * over the partitions, waiting at most {@code timeout_ms}. Values that are not JSON objects are
 * skipped (reading rejects them). Thread-safe: each call uses its own consumer.
 */
final class SchemaSampler {
  private static final Duration POLL = Duration.ofMillis(200);

  private final KafkaSourceConfig config;

  SchemaSampler(KafkaSourceConfig config) {
    this.config = config;
  }

  List<Field> valueFields(String topic) {
    // Uncommitted messages show the shape as well, and this isolation needs no stable offsets.
    try (var consumer = Consumers.create(config, "dagg-sample-" + topic, "read_uncommitted")) {
      return sample(consumer, topic);
    } catch (RuntimeException e) {
      throw KafkaFailures.translate(e, "sampling topic " + topic, config, KafkaErrorCode.READ_FAILED);
    }
  }

  private List<Field> sample(Consumer<byte[], byte[]> consumer, String topic) {
    List<TopicPartition> partitions = Consumers.partitions(consumer, topic, config);
    Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    long perPartition = (config.sampleSize() + partitions.size() - 1) / partitions.size();
    Set<TopicPartition> remaining = new HashSet<>();
    consumer.assign(partitions);
    for (TopicPartition p : partitions) {
      long from = Math.max(begin.get(p), end.get(p) - perPartition);
      consumer.seek(p, from);
      if (from < end.get(p)) {
        remaining.add(p);
      }
    }
    var inference = new SchemaInference();
    long deadline = System.nanoTime() + Duration.ofMillis(config.timeoutMs()).toNanos();
    while (!remaining.isEmpty() && inference.samples() < config.sampleSize() && System.nanoTime() < deadline) {
      for (ConsumerRecord<byte[], byte[]> m : consumer.poll(POLL)) {
        TopicPartition p = new TopicPartition(m.topic(), m.partition());
        if (m.offset() < end.get(p) && inference.samples() < config.sampleSize()) {
          add(inference, m.value());
        }
      }
      remaining.removeIf(p -> consumer.position(p) >= end.get(p));
    }
    return inference.fields();
  }

  private static void add(SchemaInference inference, byte[] value) {
    if (value == null) {
      return;
    }
    try {
      JsonNode node = JsonValues.MAPPER.readTree(value);
      if (node.isObject()) {
        inference.add(node);
      }
    } catch (JacksonException e) {
      // not a sample; the read rejects it with its offset
    }
  }
}
