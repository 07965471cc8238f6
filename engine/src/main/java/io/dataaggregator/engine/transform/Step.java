package io.dataaggregator.engine.transform;

import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Schema;

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
}
