package io.dataaggregator.server.run;

import static io.dataaggregator.server.system.Sql.ts;
import static io.dataaggregator.server.system.Sql.uuid;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worker side of the {@code runs} table: claim, heartbeat, hand back and finish (taking runs
 * over from silent workers is {@link RunTakeovers}). Safe with any number of workers on any number
 * of instances: a claim holds only if the conditional update changed the row and the pipeline's
 * slot was free, both in one transaction; every later write names the claim's worker and attempt.
 */
@Component
class RunClaims {
  /** What a heartbeat learnt. */
  enum Beat {
    ALIVE,
    CANCEL_REQUESTED,
    LOST
  }

  private static final String MINE =
      " WHERE id = :id AND worker_id = :worker AND attempt = :attempt AND status = 'running'";

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final StoreDialect dialect;
  private final RunStore runs;

  RunClaims(JdbcClient jdbc, TransactionTemplate tx, StoreDialect dialect, RunStore runs) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.dialect = dialect;
    this.runs = runs;
  }

  /** Claims the oldest queued run whose pipeline is not running already, if any. */
  Optional<Claim> claim(String workerId, Instant now) {
    try {
      return tx.execute(status -> claimInTransaction(workerId, now, status));
    } catch (DataIntegrityViolationException | TransientDataAccessException lostRace) {
      return Optional.empty(); // another worker took this run or this pipeline's slot first
    }
  }

  private Optional<Claim> claimInTransaction(
      String workerId, Instant now, TransactionStatus status) {
    Optional<UUID[]> next =
        jdbc.sql(
                "SELECT r.id, r.pipeline_id FROM runs r WHERE r.status = 'queued' AND NOT EXISTS"
                    + " (SELECT 1 FROM run_slots s WHERE s.pipeline_id = r.pipeline_id)"
                    + " ORDER BY r.queued_at, r.id LIMIT 1"
                    + dialect.lockClause())
            .query((rs, n) -> new UUID[] {uuid(rs, "id"), uuid(rs, "pipeline_id")})
            .optional();
    if (next.isEmpty()) {
      return Optional.empty();
    }
    UUID runId = next.get()[0];
    UUID pipelineId = next.get()[1];
    jdbc.sql("INSERT INTO run_slots (pipeline_id, run_id, taken_at) VALUES (:p, :r, :now)")
        .param("p", pipelineId)
        .param("r", runId)
        .param("now", ts(now))
        .update();
    int updated =
        jdbc.sql(
                "UPDATE runs SET status = 'running', worker_id = :worker, attempt = attempt + 1,"
                    + " heartbeat_at = :now, started_at = COALESCE(started_at, :now)"
                    + " WHERE id = :id AND status = 'queued'")
            .param("worker", workerId)
            .param("now", ts(now))
            .param("id", runId)
            .update();
    if (updated != 1) {
      status.setRollbackOnly();
      return Optional.empty();
    }
    int attempt =
        jdbc.sql("SELECT attempt FROM runs WHERE id = :id")
            .param("id", runId)
            .query(Integer.class)
            .single();
    return Optional.of(new Claim(runId, pipelineId, workerId, attempt));
  }

  /** Touches the run's heartbeat; tells whether a cancel was asked or the run was lost. */
  Beat heartbeat(Claim claim, Instant now) {
    int updated =
        mine(jdbc.sql("UPDATE runs SET heartbeat_at = :now" + MINE), claim)
            .param("now", ts(now))
            .update();
    if (updated != 1) {
      return Beat.LOST;
    }
    boolean cancel =
        jdbc.sql("SELECT cancel_requested FROM runs WHERE id = :id")
            .param("id", claim.runId())
            .query(Boolean.class)
            .single();
    return cancel ? Beat.CANCEL_REQUESTED : Beat.ALIVE;
  }

  /**
   * Ends the run with its final status; false when the claim was lost meanwhile. {@code onFinished}
   * gets the finished row inside the transaction (so that transactional listeners of what it
   * publishes hear of it once the end is committed).
   */
  boolean finish(
      Claim claim,
      RunStatus status,
      String errorCode,
      String error,
      Instant now,
      Consumer<RunRow> onFinished) {
    return Boolean.TRUE.equals(
        tx.execute(
            s -> {
              int updated =
                  mine(
                          jdbc.sql(
                              "UPDATE runs SET status = :status, finished_at = :now,"
                                  + " heartbeat_at = :now, error_code = :code,"
                                  + " error_message = :error"
                                  + MINE),
                          claim)
                      .param("status", status.label())
                      .param("now", ts(now))
                      .param("code", errorCode)
                      .param("error", error)
                      .update();
              if (updated == 1) {
                runs.freeSlot(claim.runId());
                runs.sumStreams(claim.runId());
                onFinished.accept(runs.find(claim.runId()).orElseThrow());
              }
              return updated == 1;
            }));
  }

  /** Puts a run this worker stops executing back in the queue; false when already lost. */
  boolean handBack(Claim claim) {
    return Boolean.TRUE.equals(
        tx.execute(
            s -> {
              int updated =
                  mine(jdbc.sql("UPDATE runs SET status = 'queued'" + MINE), claim).update();
              if (updated == 1) {
                runs.freeSlot(claim.runId());
                runs.sumStreams(claim.runId());
              }
              return updated == 1;
            }));
  }

  private static JdbcClient.StatementSpec mine(JdbcClient.StatementSpec spec, Claim claim) {
    return spec.param("id", claim.runId())
        .param("worker", claim.workerId())
        .param("attempt", claim.attempt());
  }
}
