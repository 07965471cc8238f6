package io.dataaggregator.server.run;

import io.dataaggregator.engine.run.Ledger;
import io.dataaggregator.engine.run.Outcome;
import io.dataaggregator.engine.run.RunResult;
import io.dataaggregator.engine.run.StreamResult;
import io.dataaggregator.server.run.RunLogs.Level;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Records how an attempt ended: each stream's final ledger, then the run's end (finished, handed
 * back to the queue, or nothing at all when another instance took the run over).
 */
@Component
class RunEnd {
  private final RunClaims claims;
  private final RunStreamStore streams;
  private final RunJournal journal;
  private final Clock clock;

  RunEnd(RunClaims claims, RunStreamStore streams, RunJournal journal, Clock clock) {
    this.claims = claims;
    this.streams = streams;
    this.journal = journal;
    this.clock = clock;
  }

  void recordStreams(
      RunRow run, RunResult result, RunRecorder recorder, Map<String, StreamRow> earlier) {
    for (StreamResult r : result.streams()) {
      String error = r.outcome() instanceof Outcome.Failed f ? f.message() : null;
      Ledger total;
      if (recorder.started(r.stream())) {
        total = recorder.total(r.stream(), r.ledger());
      } else { // it failed before it began (opening the destination): nothing moved this time
        StreamRow before = earlier.get(r.stream());
        total = before == null ? Ledger.EMPTY : before.ledger();
        streams.started(run.id(), r.stream(), r.table(), false, total, clock.instant());
      }
      streams.finished(run.id(), r.stream(), r.outcome().label(), total, error, clock.instant());
    }
  }

  void attemptEnded(ActiveRun active, Outcome outcome) {
    RunRow run = active.row();
    switch (active.stop()) {
      case LOST ->
          journal.log(
              run.id(),
              Level.WARN,
              "",
              "attempt "
                  + active.claim().attempt()
                  + " of worker "
                  + active.claim().workerId()
                  + " ended after losing the run");
      case HAND_BACK -> {
        if (outcome instanceof Outcome.Cancelled) {
          handBack(active);
        } else {
          finish(active, outcome); // it ended on its own before the stop took effect
        }
      }
      case NONE, CANCEL -> finish(active, outcome);
    }
  }

  private void handBack(ActiveRun active) {
    RunRow run = active.row();
    if (claims.handBack(active.claim())) {
      journal.info(run.id(), "handed back to the queue; it resumes from its last checkpoint");
      journal.status(run, RunStatus.QUEUED, true);
    }
  }

  private void finish(ActiveRun active, Outcome outcome) {
    RunRow run = active.row();
    RunStatus status = RunStatus.of(outcome);
    String code = outcome instanceof Outcome.Failed f ? f.code() : null;
    String message = outcome instanceof Outcome.Failed f ? f.message() : null;
    boolean recorded =
        claims.finish(
            active.claim(),
            status,
            code,
            message,
            clock.instant(),
            row -> {
              journal.log(row.id(), RunExecution.levelOf(outcome), "", summary(row));
              journal.completed(row, true);
            });
    if (!recorded) {
      journal.log(
          run.id(),
          Level.WARN,
          "",
          "the end (" + status.label() + ") was not recorded: another instance holds the run");
    }
  }

  private static String summary(RunRow row) {
    String ledger = RunRecorder.describe(row.totals());
    return switch (row.status()) {
      case FAILED -> "failed: " + row.errorMessage() + " (" + ledger + ")";
      case CANCELLED -> "cancelled (" + ledger + ")";
      default -> row.status().label() + " (" + ledger + ")";
    };
  }
}
