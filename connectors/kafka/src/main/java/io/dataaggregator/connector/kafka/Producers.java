package io.dataaggregator.connector.kafka;

import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Creates the sink's producer: idempotent, every replica acknowledges, bounded waits. */
final class Producers {
  private Producers() {}

  static Producer<byte[], byte[]> create(KafkaSinkConfig config, String clientId) {
    Properties p = ClientProperties.common(config, clientId);
    p.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, config.compression());
    p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, config.lingerMs());
    p.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, config.timeoutMs());
    // Must be at least linger + request timeout; leaves room for a retry after a timeout.
    p.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2 * config.timeoutMs() + config.lingerMs());
    // Retries never duplicate or reorder messages: the guarantees the sink promises.
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    try {
      return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    } catch (RuntimeException e) {
      throw KafkaFailures.translate(e, "creating a Kafka producer", config, KafkaErrorCode.BAD_CONFIG);
    }
  }

  /** The largest request the producer sends (Kafka's default unless the user set it). */
  static int maxRequestSize(KafkaSinkConfig config) {
    Object set = config.properties().get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
    return set == null ? 1_048_576 : Integer.parseInt(String.valueOf(set).trim());
  }
}
