package io.dataaggregator.connector.kafka;

import io.dataaggregator.engine.spi.Checkpoint;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits a reader's offsets to its consumer group once the runner says the destination committed
 * them, never before: at-least-once for anyone who trusts the group's offsets.
 *
 * <p>Threading: {@link #confirmed} comes from the runner's writer thread; the reader's thread
 * commits the newest confirmed offsets with its own consumer before each poll and when closing
 * (KafkaConsumer is single-threaded). Confirmations that arrive after the reader closed (the last
 * commit of a bounded run always does) are committed with a short-lived admin client.
 */
final class OffsetCommitter {
  private static final Logger log = LoggerFactory.getLogger(OffsetCommitter.class);

  private final KafkaSourceConfig config;
  private final String topic;
  private final AtomicReference<Map<TopicPartition, OffsetAndMetadata>> pending = new AtomicReference<>();
  private final Object lock = new Object();
  private boolean readerClosed;

  OffsetCommitter(KafkaSourceConfig config, String topic) {
    this.config = config;
    this.topic = topic;
  }

  /** Everything before {@code checkpoint} is durable downstream. Any thread. */
  void confirmed(Checkpoint checkpoint) {
    if (config.groupId().isEmpty() || checkpoint.isStart()) {
      return;
    }
    var offsets = new HashMap<TopicPartition, OffsetAndMetadata>();
    Offsets.decode(checkpoint, topic)
        .forEach((p, o) -> offsets.put(new TopicPartition(topic, p), new OffsetAndMetadata(o)));
    synchronized (lock) {
      if (!readerClosed) {
        pending.set(offsets);
        return;
      }
      commitWithAdmin(offsets);
    }
  }

  /** Reader thread: commits what was confirmed since the last call. */
  void commitPending(Consumer<?, ?> consumer) {
    var offsets = pending.getAndSet(null);
    if (offsets == null) {
      return;
    }
    try {
      consumer.commitSync(offsets, Duration.ofMillis(config.timeoutMs()));
    } catch (RuntimeException e) {
      warn(e);
    }
  }

  /** Reader thread, when closing: the last commit with the reader's consumer. */
  void readerClosing(Consumer<?, ?> consumer) {
    synchronized (lock) {
      readerClosed = true;
      commitPending(consumer);
    }
  }

  private void commitWithAdmin(Map<TopicPartition, OffsetAndMetadata> offsets) {
    try (var topics = new Topics(config)) {
      topics.get(topics.admin().alterConsumerGroupOffsets(config.groupId(), offsets).all(),
          "committing offsets of group " + config.groupId());
    } catch (RuntimeException e) {
      warn(e);
    }
  }

  // The data and the run's checkpoint are already durable; a group that lags only re-reads.
  private void warn(RuntimeException e) {
    var failure = KafkaFailures.translate(e, "committing offsets of topic " + topic + " to group "
        + config.groupId(), config, KafkaErrorCode.READ_FAILED);
    log.warn("{}; the group's offsets lag behind what was delivered", failure.getMessage());
  }
}
