package io.dataaggregator.engine.transform;

import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Schema;

/**
 * A step that sends rows to a child stream of its own besides its output (explode with {@code
 * into}). Its child rows are not counted in the parent's ledger: the runner writes them as a stream
 * of their own, with their own ledger. Used by one thread, like every step.
 */
public interface BranchingStep extends Step {
  ChildStream child();

  /** The schema of the batches {@link #takeChildRows} returns. */
  Schema childSchema();

  /**
   * The child rows made by {@link #apply} since the last call, in the order their parents came,
   * removed from the step. Never holds rejections: a parent that cannot be split is rejected in the
   * parent stream.
   */
  Batch takeChildRows();
}
