package io.dataaggregator.engine.run;

import java.util.List;

/**
 * Sends each running stream's progress, and its child streams', to the listener; called on the
 * runner's ticker thread.
 */
final class ProgressReporter {
  private final List<StreamRun> runs;
  private final RunListener listener;
  private final long startedNanos = System.nanoTime();

  ProgressReporter(List<StreamRun> runs, RunListener listener) {
    this.runs = runs;
    this.listener = listener;
  }

  void report() {
    double seconds = Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
    for (StreamRun run : runs) {
      Ledger ledger = run.counter.snapshot();
      listener.on(new RunEvent.Progress(
          run.name(), ledger, ledger.bytes(), run.bytesTotal(), ledger.read() / seconds));
      for (ChildRun child : run.children()) {
        Ledger made = child.counter.snapshot();
        listener.on(new RunEvent.Progress(child.name(), made, 0, -1, made.produced() / seconds));
      }
    }
  }
}
