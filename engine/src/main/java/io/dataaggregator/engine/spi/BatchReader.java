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
