package io.dataaggregator.engine.run;

import java.time.Duration;
import java.util.List;

/** The end of a run: its outcome (failed if any stream failed) and each stream's ledger. */
public record RunResult(String pipeline, Outcome outcome, List<StreamResult> streams, Duration duration) {
  public RunResult {
    streams = List.copyOf(streams);
  }

  public Ledger total() {
    return streams.stream().map(StreamResult::ledger).reduce(Ledger.EMPTY, Ledger::plus);
  }

  public boolean succeeded() {
    return outcome instanceof Outcome.Succeeded;
  }
}
