package io.dataaggregator.connector.kafka;

import io.dataaggregator.engine.spi.ConnectorException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Creates the source's consumers and looks up a topic's partitions. */
final class Consumers {
  private Consumers() {}

  /**
   * A consumer that never commits by itself, never creates topics, reads only committed
   * transactions, and joins {@code group_id} only for offset commits (partitions are assigned, not
   * subscribed, so reads can seek to a checkpoint).
   */
  static Consumer<byte[], byte[]> create(KafkaSourceConfig config, String clientId) {
    return create(config, clientId, "read_committed");
  }

  /** A consumer like {@link #create(KafkaSourceConfig, String)} with the given isolation level. */
  static Consumer<byte[], byte[]> create(KafkaSourceConfig config, String clientId, String isolation) {
    Properties p = ClientProperties.common(config, clientId);
    p.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.batchSize());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    // Only reached when a saved offset was deleted by retention meanwhile: go on from the oldest.
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    if (config.groupId().isEmpty()) {
      p.remove(ConsumerConfig.GROUP_ID_CONFIG);
    } else {
      p.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
    }
    try {
      return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    } catch (RuntimeException e) {
      throw KafkaFailures.translate(e, "creating a Kafka consumer", config, KafkaErrorCode.BAD_CONFIG);
    }
  }

  /** The topic's partitions in order; fails naming the topic when it does not exist. */
  static List<TopicPartition> partitions(Consumer<?, ?> consumer, String topic, KafkaConnection c) {
    List<PartitionInfo> infos;
    try {
      infos = consumer.partitionsFor(topic, Duration.ofMillis(c.timeoutMs()));
    } catch (RuntimeException e) {
      throw KafkaFailures.translate(e, "looking up topic " + topic, c, KafkaErrorCode.READ_FAILED);
    }
    if (infos == null || infos.isEmpty()) {
      throw new ConnectorException(KafkaErrorCode.UNKNOWN_TOPIC,
          "topic '" + topic + "' not found on " + c.bootstrapServers());
    }
    return infos.stream()
        .map(i -> new TopicPartition(i.topic(), i.partition()))
        .sorted(Comparator.comparingInt(TopicPartition::partition))
        .toList();
  }
}
