package io.dataaggregator.server.alert;

import io.dataaggregator.server.run.RunCompleted;
import io.dataaggregator.server.system.Sql;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What alerts remember of finished runs (table {@code alert_run_history}), so anomaly rules can
 * compare a run with its pipeline's recent ones without reading the runs feature's tables.
 */
@Component
class RunHistory {
  /** One finished run's figures. */
  record Sample(long rowsWritten, long durationMs) {}

  private final JdbcClient jdbc;

  RunHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Remembers the run; false when it was known already (the same event delivered twice). */
  boolean add(RunCompleted run) {
    if (jdbc.sql("SELECT COUNT(*) FROM alert_run_history WHERE run_id = :id")
            .param("id", run.runId())
            .query(Long.class)
            .single()
        > 0) {
      return false;
    }
    jdbc.sql(
            "INSERT INTO alert_run_history (run_id, pipeline_id, status, rows_written, duration_ms,"
                + " finished_at) VALUES (:id, :p, :status, :rows, :ms, :at)")
        .param("id", run.runId())
        .param("p", run.pipelineId())
        .param("status", run.status())
        .param("rows", run.rowsWritten())
        .param("ms", durationMs(run))
        .param("at", Sql.ts(run.finishedAt() == null ? java.time.Instant.now() : run.finishedAt()))
        .update();
    return true;
  }

  /** The pipeline's most recent successful runs before this one, newest first. */
  List<Sample> recentSuccessful(UUID pipelineId, UUID exceptRun, int limit) {
    return jdbc.sql(
            "SELECT rows_written, duration_ms FROM alert_run_history WHERE pipeline_id = :p"
                + " AND status = 'succeeded' AND run_id <> :run ORDER BY finished_at DESC")
        .param("p", pipelineId)
        .param("run", exceptRun)
        .withMaxRows(limit)
        .query((rs, n) -> new Sample(rs.getLong(1), rs.getLong(2)))
        .list();
  }

  static long durationMs(RunCompleted run) {
    if (run.startedAt() == null || run.finishedAt() == null) {
      return 0;
    }
    return Duration.between(run.startedAt(), run.finishedAt()).toMillis();
  }
}
