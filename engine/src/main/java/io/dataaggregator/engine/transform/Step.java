package io.dataaggregator.engine.transform;

import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Schema;
import java.util.List;

/**
 * One configured step on one stream. Used by one thread; may keep state across batches of the
 * stream (deduplication).
 */
public interface Step {
  /** The schema of the batches {@link #apply} returns. */
  Schema output();

  /**
   * Maps a batch. Rows dropped on purpose are simply left out (counted as filtered); rows that fail
   * are left out and added to the batch's rejections with their reason.
   */
  Batch apply(Batch input);

  /**
   * Called once after the last batch of the stream; returns the rows this step held back until then
   * (deduplicate keeping the last row of each key), with the schema {@link #output}. The default
   * holds nothing back and returns an empty batch.
   */
  default Batch finish() {
    return new Batch(output(), List.of());
  }

  /**
   * Rows taken in and held back for {@link #finish} right now, so that a ledger taken mid-run does
   * not count them as filtered. Zero by default.
   */
  default long held() {
    return 0;
  }

  /** Rows passed on with a warning so far in this run (validate's {@code warn} action). */
  default long warnings() {
    return 0;
  }
}
