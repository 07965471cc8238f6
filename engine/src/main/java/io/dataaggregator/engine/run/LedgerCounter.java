package io.dataaggregator.engine.run;

/**
 * A stream's running ledger. Written by the stream's thread, read by the progress reporter; fields
 * are volatile so a snapshot is never torn per field (a snapshot across fields may be a batch apart).
 */
final class LedgerCounter {
  private volatile long read;
  private volatile long written;
  private volatile long rejected;
  private volatile long filtered;
  private volatile long produced;
  private volatile long bytes;

  void read(long rows, long rejectedRows, long bytesSoFar) {
    read += rows;
    rejected += rejectedRows;
    bytes = bytesSoFar;
  }

  /** Counts what the steps did to a batch: rows in, rows out, rows they rejected. */
  void transformed(long rowsIn, long rowsOut, long newlyRejected) {
    rejected += newlyRejected;
    long dropped = rowsIn - rowsOut - newlyRejected;
    if (dropped >= 0) {
      filtered += dropped;
    } else {
      produced += -dropped;
    }
  }

  void written(long rows) {
    written += rows;
  }

  Ledger snapshot() {
    return new Ledger(read, written, rejected, filtered, produced, bytes);
  }
}
