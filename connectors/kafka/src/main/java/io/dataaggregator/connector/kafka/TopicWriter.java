package io.dataaggregator.connector.kafka;

import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Rejection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes one stream to a topic as JSON messages. Sends are asynchronous; {@link #commit} flushes
 * and waits until every message sent so far is acknowledged by all in-sync replicas, then reports
 * the first failure if any. Keeps no checkpoint (the runner's state file does): at-least-once.
 * Rejected input goes to {@code <topic>__rejected}. Used by one thread.
 */
final class TopicWriter implements BatchWriter {
  private final KafkaSinkConfig config;
  private final String topic;
  private final RowEncoder encoder;
  private final Producer<byte[], byte[]> producer;
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private final Callback onSent = (metadata, e) -> {
    if (e != null) {
      failure.compareAndSet(null, e);
    }
  };
  private final int maxRequestSize;
  private boolean rejectedTopicReady;

  TopicWriter(KafkaSinkConfig config, WriteTarget target, List<String> keyFields) {
    this.config = config;
    this.topic = target.table();
    this.encoder = new RowEncoder(target.schema(), keyFields, config.headerFields(), config.headers());
    this.maxRequestSize = Producers.maxRequestSize(config);
    try (var topics = new Topics(config)) {
      topics.ensure(topic, config.createTopics());
    }
    this.producer = Producers.create(config, "dagg-write-" + topic);
  }

  @Override
  public Optional<Checkpoint> resumeFrom() {
    return Optional.empty();
  }

  @Override
  public void write(Batch batch) {
    throwIfFailed();
    var tooLarge = new ArrayList<Rejection>();
    for (Object[] row : batch.rows()) {
      ProducerRecord<byte[], byte[]> message = encoder.encode(topic, row);
      int size = size(message);
      if (size > maxRequestSize) {
        tooLarge.add(new Rejection(topic, 0, "", "the message would be " + size
            + " bytes, more than max.request.size " + maxRequestSize, JsonValues.shorten(
                new String(message.value(), StandardCharsets.UTF_8))));
        continue;
      }
      send(message);
    }
    quarantine(batch.rejections());
    quarantine(tooLarge);
  }

  private static int size(ProducerRecord<byte[], byte[]> m) {
    int size = 64 + m.value().length + (m.key() == null ? 0 : m.key().length);
    for (var h : m.headers()) {
      size += h.key().length() + (h.value() == null ? 0 : h.value().length) + 8;
    }
    return size;
  }

  private void quarantine(List<Rejection> rejections) {
    if (rejections.isEmpty()) {
      return;
    }
    String rejectedTopic = topic + Topics.REJECTED_SUFFIX;
    if (!rejectedTopicReady) {
      try (var topics = new Topics(config)) {
        topics.ensure(rejectedTopic, config.createTopics());
      }
      rejectedTopicReady = true;
    }
    for (Rejection r : rejections) {
      send(new ProducerRecord<>(rejectedTopic, RejectionJson.of(r)));
    }
  }

  private void send(ProducerRecord<byte[], byte[]> message) {
    try {
      producer.send(message, onSent);
    } catch (RuntimeException e) {
      throw KafkaFailures.translate(e, "writing to topic " + message.topic(), config, KafkaErrorCode.WRITE_FAILED);
    }
  }

  @Override
  public void commit(Checkpoint checkpoint) {
    try {
      producer.flush();
    } catch (RuntimeException e) {
      throw KafkaFailures.translate(e, "flushing to topic " + topic, config, KafkaErrorCode.WRITE_FAILED);
    }
    throwIfFailed();
  }

  @Override
  public void finish() {
    commit(Checkpoint.START);
  }

  private void throwIfFailed() {
    Exception e = failure.get();
    if (e != null) {
      throw KafkaFailures.translate(e, "writing to topic " + topic, config, KafkaErrorCode.WRITE_FAILED);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofMillis(failure.get() == null ? config.timeoutMs() : 0));
  }

  static ConnectorException overwriteUnsupported(String topic) {
    return new ConnectorException(KafkaErrorCode.BAD_CONFIG, "the kafka destination appends to topic "
        + topic + "; a topic's messages cannot be replaced, so mode overwrite is not possible. Use"
        + " append, or upsert to key messages for a compacted topic");
  }
}
