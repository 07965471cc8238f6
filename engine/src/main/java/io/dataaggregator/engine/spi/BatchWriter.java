package io.dataaggregator.engine.spi;

import io.dataaggregator.engine.type.Batch;
import java.util.Optional;

/**
 * Writes one stream. Used by one thread. Lifecycle: {@link #resumeFrom} once, then {@link #write}
 * and {@link #commit} in turns, then {@link #finish} on success, and {@link #close} always.
 */
public interface BatchWriter extends AutoCloseable {
  /**
   * The checkpoint this destination stored together with the data by an earlier run of the same
   * pipeline and stream, or empty when it keeps none (the runner's state file then serves). A
   * destination that stores it transactionally makes a rerun after a crash exactly-once.
   */
  Optional<Checkpoint> resumeFrom();

  /**
   * Writes the batch's rows and puts its rejections in the quarantine (for a database, a {@code
   * <table>__rejected} table). Nothing needs to be visible or durable before {@link #commit}.
   */
  void write(Batch batch);

  /**
   * Makes everything written so far durable, together with {@code checkpoint} where the destination
   * stores checkpoints. After it returns, a crash loses nothing written before it.
   */
  void commit(Checkpoint checkpoint);

  /** Ends the stream successfully: for overwrite, swaps the new data in. Called after a commit. */
  void finish();

  /** Releases resources; anything not committed is rolled back where the destination can. */
  @Override
  void close();
}
