package io.dataaggregator.engine.run;

import io.dataaggregator.engine.transform.StepCounts;
import java.util.List;

/**
 * A stream's running ledger. Written by the stream's thread, read by the progress reporter; fields
 * are volatile so a snapshot is never torn per field (a snapshot across fields may be a batch apart).
 */
final class LedgerCounter {
  private volatile long read;
  private volatile long written;
  private volatile long rejected;
  private volatile long stepRejected;
  private volatile long filtered;
  private volatile long produced;
  private volatile long producedForChild;
  private volatile long bytes;

  void read(long rows, long rejectedRows, long bytesSoFar) {
    read += rows;
    rejected += rejectedRows;
    bytes = bytesSoFar;
  }

  /** Takes the steps' counts so far (totals, not increments). */
  void steps(List<StepCounts> counts) {
    long r = 0;
    long f = 0;
    long p = 0;
    for (StepCounts c : counts) {
      r += c.rejected();
      f += c.filtered();
      p += c.produced();
    }
    stepRejected = r;
    filtered = f;
    produced = p;
  }

  /**
   * Counts rows a step of the parent stream made for this child stream (explode into): produced,
   * not read, so that a run's rows read stay the rows its source gave.
   */
  void producedForChild(long rows) {
    producedForChild += rows;
  }

  void written(long rows) {
    written += rows;
  }

  Ledger snapshot() {
    return new Ledger(
        read, written, rejected + stepRejected, filtered, produced + producedForChild, bytes);
  }
}
