package io.dataaggregator.server.run;

import static io.dataaggregator.server.system.Sql.ts;
import static io.dataaggregator.server.system.Sql.uuid;

import io.dataaggregator.server.run.RunLogs.Level;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes runs away from workers that stopped heartbeating (their server died or lost the metadata
 * store): queued again to resume from their checkpoint, or cancelled when a cancel was asked. Any
 * instance may do it; the conditional update lets exactly one succeed.
 */
@Component
class RunTakeovers {
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final RunStore runs;
  private final RunJournal journal;

  RunTakeovers(JdbcClient jdbc, TransactionTemplate tx, RunStore runs, RunJournal journal) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.runs = runs;
    this.journal = journal;
  }

  /** Running runs whose last heartbeat is older than {@code before}. */
  List<UUID> stale(Instant before) {
    return jdbc.sql("SELECT id FROM runs WHERE status = 'running' AND heartbeat_at < :before")
        .param("before", ts(before))
        .query((rs, n) -> uuid(rs, "id"))
        .list();
  }

  /**
   * Takes the run over unless it heartbeat since {@code staleBefore}; returns it as it is after, or
   * empty when another instance was first or its worker came back.
   */
  Optional<RunRow> takeOver(UUID runId, Instant staleBefore, Instant now) {
    return tx.execute(
        s -> {
          Optional<RunRow> row = runs.find(runId);
          if (row.isEmpty() || row.get().status() != RunStatus.RUNNING) {
            return Optional.empty();
          }
          RunStatus next = row.get().cancelRequested() ? RunStatus.CANCELLED : RunStatus.QUEUED;
          int updated =
              jdbc.sql(
                      "UPDATE runs SET status = :status"
                          + (next.finished() ? ", finished_at = :now" : "")
                          + " WHERE id = :id AND status = 'running' AND heartbeat_at < :before")
                  .param("status", next.label())
                  .param("now", ts(now))
                  .param("id", runId)
                  .param("before", ts(staleBefore))
                  .update();
          if (updated != 1) {
            return Optional.empty();
          }
          runs.freeSlot(runId);
          runs.sumStreams(runId);
          RunRow taken = runs.find(runId).orElseThrow();
          tell(row.get(), taken);
          return Optional.of(taken);
        });
  }

  /** Inside the transaction, so transactional listeners hear of it once it is committed. */
  private void tell(RunRow before, RunRow taken) {
    String silent =
        "worker "
            + before.workerId()
            + " stopped heartbeating (last at "
            + before.heartbeatAt()
            + ")";
    if (taken.status() == RunStatus.CANCELLED) {
      journal.log(taken.id(), Level.WARN, "", silent + "; the cancel asked is done");
      journal.completed(taken, false);
    } else {
      journal.log(
          taken.id(), Level.WARN, "", silent + "; queued again to resume from its last checkpoint");
      journal.status(taken, RunStatus.QUEUED, false);
    }
  }
}
