package io.dataaggregator.server.run;

import io.dataaggregator.server.run.RunLogs.Level;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Takes runs away from workers that stopped heartbeating (their server died or lost the metadata
 * store): queued again to resume from their checkpoint, or cancelled when a cancel was asked.
 */
@Component
class RunTakeovers {
  private final RunClaims claims;
  private final RunStore runs;
  private final RunJournal journal;

  RunTakeovers(RunClaims claims, RunStore runs, RunJournal journal) {
    this.claims = claims;
    this.runs = runs;
    this.journal = journal;
  }

  /** The run as it is after the takeover, or empty when someone else was first. */
  Optional<RunRow> takeOver(UUID runId, Instant staleBefore, Instant now) {
    Optional<RunRow> before = runs.find(runId);
    String silent =
        before
            .map(r -> "worker " + r.workerId() + " stopped heartbeating (last at " + r.heartbeatAt() + ")")
            .orElse("its worker stopped heartbeating");
    return claims.takeOver(
        runId,
        staleBefore,
        now,
        taken -> {
          if (taken.status() == RunStatus.CANCELLED) {
            journal.log(runId, Level.WARN, "", silent + "; the cancel asked is done");
            journal.completed(taken, false);
          } else {
            journal.log(
                runId, Level.WARN, "", silent + "; queued again to resume from its last checkpoint");
            journal.status(taken, RunStatus.QUEUED, false);
          }
        });
  }
}
