package io.dataaggregator.engine.run;

import io.dataaggregator.engine.plan.DestinationNode;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.transform.StepChain;
import io.dataaggregator.engine.type.Batch;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One child stream of a stream run (explode's rows sent {@code into} a stream of their own): its
 * writer, opened next to the parent's and committed just before it with the same source position
 * (see {@link ChildCheckpoint}), its own ledger and events. Used by the parent's thread; the ledger
 * is also read by the progress reporter.
 */
final class ChildRun implements AutoCloseable {
  private final String pipeline;
  private final String name;
  private final String table;
  private final BatchWriter writer;
  private final StateStore state;
  private final RunListener listener;
  final LedgerCounter counter = new LedgerCounter();
  private volatile Ledger committed = Ledger.EMPTY;
  private boolean destinationKeepsState;
  private long toSkip;
  private Checkpoint keptState;
  private RunCheckpoint parentBefore = RunCheckpoint.decode(Checkpoint.START);
  private long madeSinceParentCommit;

  private ChildRun(
      String pipeline, String name, String table, BatchWriter writer, StateStore state, RunListener listener) {
    this.pipeline = pipeline;
    this.name = name;
    this.table = table;
    this.writer = writer;
    this.state = state;
    this.listener = listener;
  }

  /** Opens the child's writer: same destination and mode as the parent, keyed on the child's key. */
  static ChildRun open(Plan plan, StepChain.Child child, StateStore state, RunListener listener) {
    DestinationNode<?> d = plan.destination();
    String name = child.stream().name();
    String table = d.tableForChild(name);
    List<String> key = d.mode() == WriteMode.UPSERT ? child.stream().key() : List.of();
    var target = new WriteTarget(plan.name(), name, table, child.schema(), d.mode(), key);
    return new ChildRun(plan.name(), name, table, d.open(target), state, listener);
  }

  String name() {
    return name;
  }

  /**
   * Finds where the child stands against its parent, whose stored checkpoint is {@code
   * parentStored}, and announces the start. The child counts as resumed when its parent does or
   * when it holds rows ahead of it: what earlier attempts wrote stays. A backfill, which reads its
   * range from the start and leaves the state as it was, skips nothing and keeps the child's state.
   */
  void start(RunCheckpoint parentStored, boolean parentResumed, boolean backfill) {
    Optional<Checkpoint> kept = writer.resumeFrom();
    destinationKeepsState = kept.isPresent();
    Checkpoint stored = kept.or(() -> state.load(pipeline, name)).orElse(Checkpoint.START);
    keptState = backfill ? stored : null;
    toSkip = backfill ? 0 : ChildCheckpoint.durableAhead(stored, parentStored);
    parentBefore = parentStored;
    listener.on(new RunEvent.StreamStarted(name, table, parentResumed || toSkip > 0));
  }

  /** Writes the child rows made from a batch, less those already durable from an earlier attempt. */
  void write(Batch made) {
    madeSinceParentCommit += made.size();
    List<Object[]> rows = made.rows();
    if (toSkip > 0) {
      int skipped = (int) Math.min(toSkip, rows.size());
      toSkip -= skipped;
      rows = rows.subList(skipped, rows.size());
    }
    if (rows.isEmpty()) {
      return;
    }
    counter.producedForChild(rows.size());
    writer.write(made.withRows(made.schema(), rows));
    counter.written(rows.size());
  }

  /** Commits the child's rows with {@code checkpoint}, which its parent commits next. */
  void commit(RunCheckpoint checkpoint) {
    if (keptState != null) {
      writer.commit(keptState); // a backfill's rows, with the state left as it was
    } else {
      Checkpoint encoded =
          new ChildCheckpoint(checkpoint, parentBefore, madeSinceParentCommit).encode();
      writer.commit(encoded);
      if (!destinationKeepsState) {
        state.save(pipeline, name, encoded);
      }
    }
    committed = counter.snapshot();
    listener.on(new RunEvent.Committed(name, committed));
  }

  /** The parent committed {@code checkpoint} too: parent and child are in step again. */
  void parentCommitted(RunCheckpoint checkpoint) {
    parentBefore = checkpoint;
    madeSinceParentCommit = 0;
  }

  void finish() {
    writer.finish();
  }

  /** The child ends as its parent did; a child that did not succeed reports what it committed. */
  StreamResult end(Outcome outcome, Duration duration) {
    Ledger ledger = outcome instanceof Outcome.Succeeded ? counter.snapshot() : committed;
    switch (outcome) {
      case Outcome.Failed f -> listener.on(new RunEvent.StreamFailed(name, ledger, f.message()));
      case Outcome.Succeeded s -> listener.on(new RunEvent.StreamSucceeded(name, ledger));
      case Outcome.Cancelled c -> {}
    }
    return new StreamResult(name, table, outcome, ledger, duration);
  }

  @Override
  public void close() {
    writer.close();
  }
}
