package io.dataaggregator.engine.run;

import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.transform.StepChain;
import io.dataaggregator.engine.type.Batch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The child streams of one stream run, in the order of the steps that make them. Closing closes
 * every child's writer (rolling back what was not committed), even when one of them fails.
 */
final class ChildRuns implements AutoCloseable {
  static final ChildRuns NONE = new ChildRuns(List.of());

  private final List<ChildRun> runs;

  private ChildRuns(List<ChildRun> runs) {
    this.runs = List.copyOf(runs);
  }

  /** Opens a writer for each child of {@code steps}; closes those opened when one fails to open. */
  static ChildRuns open(Plan plan, StepChain steps, StateStore state, RunListener listener) {
    var opened = new ArrayList<ChildRun>();
    try {
      for (StepChain.Child child : steps.children()) {
        opened.add(ChildRun.open(plan, child, state, listener));
      }
    } catch (RuntimeException e) {
      new ChildRuns(opened).closeAfter(e);
      throw e;
    }
    return new ChildRuns(opened);
  }

  List<ChildRun> all() {
    return runs;
  }

  void start(RunCheckpoint parentStored, boolean parentResumed, boolean backfill) {
    runs.forEach(r -> r.start(parentStored, parentResumed, backfill));
  }

  /** Writes the child rows the chain made, one batch per child as {@link StepChain#takeChildRows}. */
  void write(List<Batch> made) {
    for (int i = 0; i < runs.size(); i++) {
      runs.get(i).write(made.get(i));
    }
  }

  void commit(RunCheckpoint checkpoint) {
    runs.forEach(r -> r.commit(checkpoint));
  }

  void parentCommitted(RunCheckpoint checkpoint) {
    runs.forEach(r -> r.parentCommitted(checkpoint));
  }

  void finish() {
    runs.forEach(ChildRun::finish);
  }

  List<StreamResult> end(Outcome outcome, Duration duration) {
    return runs.stream().map(r -> r.end(outcome, duration)).toList();
  }

  @Override
  public void close() {
    RuntimeException first = null;
    for (ChildRun run : runs) {
      try {
        run.close();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private void closeAfter(RuntimeException failure) {
    try {
      close();
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}
