package io.dataaggregator.engine.run;

import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.Checkpoint;
import java.util.function.Consumer;

/**
 * Commits a stream every so many rows or seconds: its child streams first, then the stream itself,
 * all with the same checkpoint, then tells the source. Children go first because a child one commit
 * ahead of its parent can be caught up exactly on resume ({@link ChildCheckpoint}), while a parent
 * ahead of its child could not: the source resumes from the parent's position. Used by the stream's
 * thread.
 */
final class Committer {
  private final RunOptions options;
  private final LedgerCounter counter;
  private final ChildRuns children;
  private final Consumer<RunCheckpoint> parent;
  private final BatchReader reader;
  private final boolean acknowledge;
  private Checkpoint position;
  private long rowsAtLastCommit;
  private long lastCommitNanos = System.nanoTime();

  /**
   * @param parent commits the stream's own writer (and saves the checkpoint where it cannot)
   * @param from where the source started reading
   * @param acknowledge whether the source is told what was committed; not for a backfill, whose
   *     commits leave the stream's state as it was
   */
  Committer(
      RunOptions options,
      LedgerCounter counter,
      ChildRuns children,
      Consumer<RunCheckpoint> parent,
      BatchReader reader,
      Checkpoint from,
      boolean acknowledge) {
    this.options = options;
    this.counter = counter;
    this.children = children;
    this.parent = parent;
    this.reader = reader;
    this.position = from;
    this.acknowledge = acknowledge;
  }

  /** Records that everything up to {@code next} was written; commits when one is due. */
  void advance(Checkpoint next) {
    position = next;
    long rows = counter.snapshot().read();
    boolean due =
        rows - rowsAtLastCommit >= options.commitRows()
            || System.nanoTime() - lastCommitNanos >= options.commitInterval().toNanos();
    if (due) {
      commit(new RunCheckpoint(false, position.state()));
      rowsAtLastCommit = rows;
      lastCommitNanos = System.nanoTime();
    }
  }

  /** Commits the end of the stream: it was read to its last row. */
  void commitEnd() {
    commit(new RunCheckpoint(true, position.state()));
  }

  private void commit(RunCheckpoint checkpoint) {
    children.commit(checkpoint);
    parent.accept(checkpoint);
    children.parentCommitted(checkpoint);
    if (acknowledge) {
      // Only now may the source acknowledge (e.g. commit Kafka group offsets): at-least-once.
      reader.committed(position);
    }
  }
}
