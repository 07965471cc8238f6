package io.dataaggregator.connector.kafka;

import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Rejection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads one topic, all its partitions, as batches of at most {@code batch_size} messages, each
 * batch from one poll. Bounded (the default): stops at the end offsets seen when it opened, so a
 * run finishes. Continuous: polls until closed, returning an empty batch when a poll brings nothing
 * so the runner can commit on time and notice a cancel. Used by one thread; {@link #committed} may
 * come from another.
 */
final class TopicReader implements BatchReader {
  private static final Duration POLL = Duration.ofMillis(500);

  private final KafkaSourceConfig config;
  private final String topic;
  private final RowDecoder decoder;
  private final OffsetCommitter committer;
  private final Consumer<byte[], byte[]> consumer;
  /** The next offset to hand out per partition: what the checkpoint says. */
  private final Map<TopicPartition, Long> next = new HashMap<>();
  /** Bounded reads: the end offsets captured at start. */
  private final Map<TopicPartition, Long> end = new HashMap<>();
  /** Bounded reads: the partitions not yet read to their end. */
  private final Set<TopicPartition> open = new HashSet<>();
  private long bytes;
  private long lastProgress = System.nanoTime();

  TopicReader(KafkaSourceConfig config, CatalogStream stream, Checkpoint from) {
    this.config = config;
    this.topic = stream.name();
    this.decoder = new RowDecoder(stream.schema(), topic);
    this.committer = new OffsetCommitter(config, topic);
    this.consumer = Consumers.create(config, "dagg-read-" + topic);
    try {
      start(Offsets.decode(from, topic));
    } catch (RuntimeException e) {
      consumer.close(Duration.ZERO);
      throw KafkaFailures.translate(e, "opening topic " + topic, config, KafkaErrorCode.READ_FAILED);
    }
  }

  private void start(Map<Integer, Long> saved) {
    List<TopicPartition> partitions = Consumers.partitions(consumer, topic, config);
    consumer.assign(partitions);
    Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
    Map<TopicPartition, Long> last = consumer.endOffsets(partitions);
    var start = StartOffsets.of(consumer, partitions, saved, config, begin, last);
    start.forEach(consumer::seek);
    next.putAll(start);
    if (!config.continuous()) {
      end.putAll(last);
      partitions.stream().filter(p -> start.get(p) < last.get(p)).forEach(open::add);
      consumer.pause(partitions.stream().filter(p -> !open.contains(p)).toList());
    }
  }

  @Override
  public Batch next() {
    committer.commitPending(consumer);
    var rows = new ArrayList<Object[]>();
    var rejections = new ArrayList<Rejection>();
    while (config.continuous() || !open.isEmpty()) {
      for (ConsumerRecord<byte[], byte[]> message : poll()) {
        Long stop = end.get(new TopicPartition(message.topic(), message.partition()));
        if (stop == null || message.offset() < stop) {
          bytes += Math.max(0, message.serializedKeySize()) + Math.max(0, message.serializedValueSize());
          decoder.decode(message, rows, rejections);
        }
      }
      boolean moved = advance();
      if (!rows.isEmpty() || !rejections.isEmpty() || config.continuous()) {
        return new Batch(decoder.schema(), rows, rejections);
      }
      stallCheck(moved);
    }
    return null;
  }

  private Iterable<ConsumerRecord<byte[], byte[]>> poll() {
    try {
      return consumer.poll(POLL);
    } catch (RuntimeException e) {
      throw KafkaFailures.translate(e, "reading topic " + topic, config, KafkaErrorCode.READ_FAILED);
    }
  }

  /**
   * Moves each partition's next offset to the consumer's position (past control records too), but
   * never past the end of a bounded read; pauses partitions that reached it. True if any moved.
   */
  private boolean advance() {
    boolean moved = false;
    var done = new ArrayList<TopicPartition>();
    for (TopicPartition p : config.continuous() ? next.keySet() : open) {
      long position = consumer.position(p, Duration.ofMillis(config.timeoutMs()));
      long now = config.continuous() ? position : Math.min(position, end.get(p));
      moved |= now != next.put(p, now);
      if (!config.continuous() && now >= end.get(p)) {
        done.add(p);
      }
    }
    done.forEach(open::remove);
    consumer.pause(done);
    return moved;
  }

  private void stallCheck(boolean moved) {
    long now = System.nanoTime();
    if (moved) {
      lastProgress = now;
    } else if (now - lastProgress > Duration.ofMillis(config.timeoutMs()).toNanos()) {
      var behind = new ArrayList<String>();
      open.forEach(p -> behind.add(p.partition() + " at " + next.get(p) + " of " + end.get(p)));
      throw KafkaFailures.unreachable("reading topic " + topic + " (partitions " + behind
          + " made no progress)", config, null);
    }
  }

  @Override
  public Checkpoint checkpoint() {
    var offsets = new HashMap<Integer, Long>();
    next.forEach((p, o) -> offsets.put(p.partition(), o));
    return Offsets.encode(offsets);
  }

  @Override
  public void committed(Checkpoint checkpoint) {
    committer.confirmed(checkpoint);
  }

  @Override
  public long bytesRead() {
    return bytes;
  }

  @Override
  public void close() {
    try {
      committer.readerClosing(consumer);
    } finally {
      consumer.close(Duration.ofMillis(Math.min(config.timeoutMs(), 5_000)));
    }
  }
}
