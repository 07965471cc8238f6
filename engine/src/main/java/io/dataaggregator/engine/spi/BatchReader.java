package io.dataaggregator.engine.spi;

import io.dataaggregator.engine.type.Batch;

/**
 * Reads one stream as batches. Used by one thread at a time; the runner calls {@link #next} until it
 * returns null, then {@link #close}. Close may also come early (cancel, failure) and must release
 * connections and files promptly.
 */
public interface BatchReader extends AutoCloseable {
  /**
   * The next batch, blocking until one is ready; null once the stream is exhausted. A batch holds a
   * few thousand rows (bounded memory) and the input rejected while reading them.
   *
   * @throws ConnectorException when the source fails; bad records are rejections, not exceptions
   */
  Batch next();

  /**
   * The position just after the last batch returned by {@link #next}: reading again from it yields
   * exactly the rows not yet returned.
   */
  Checkpoint checkpoint();

  /**
   * Tells the reader that everything up to {@code checkpoint} (a value {@link #checkpoint} returned)
   * is durable in the destination and saved as the run's state, so the source may acknowledge it
   * (Kafka consumer group offsets, queue acks). Called by the runner's writer thread after each
   * commit, possibly while {@link #next} runs on the reader's thread and possibly after {@link
   * #close}; it must not block for long. Never called for a position not yet committed. Default:
   * nothing.
   */
  default void committed(Checkpoint checkpoint) {}

  /** Bytes consumed from the source so far, for progress; 0 where unknown. */
  default long bytesRead() {
    return 0;
  }

  /** Bytes the whole stream holds, for progress and ETA; -1 where unknown. */
  default long bytesTotal() {
    return -1;
  }

  @Override
  void close();
}
