package io.dataaggregator.server.run;

import static io.dataaggregator.server.system.Sql.instant;
import static io.dataaggregator.server.system.Sql.ts;
import static io.dataaggregator.server.system.Sql.uuid;

import io.dataaggregator.engine.run.Ledger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code runs} table: queueing, reading and the history. Claims are in {@link RunClaims}. */
@Component
class RunStore {
  static final String COLUMNS =
      "id, pipeline_id, pipeline_name, pipeline_version, status, run_trigger, started_by,"
          + " retry_of, cursor_from, cursor_to, queued_at, started_at, finished_at, worker_id,"
          + " attempt, heartbeat_at, cancel_requested, rows_read, rows_written, rows_rejected,"
          + " rows_filtered, rows_produced, bytes_read, error_code, error_message";

  private final JdbcClient jdbc;

  RunStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(RunRow r) {
    jdbc.sql(
            "INSERT INTO runs ("
                + COLUMNS
                + ") VALUES (:id, :pipelineId, :pipelineName, :version, :status, :trigger,"
                + " :startedBy, :retryOf, :cursorFrom, :cursorTo, :queuedAt, NULL, NULL, NULL, 0,"
                + " NULL, FALSE, 0, 0, 0, 0, 0, 0, NULL, NULL)")
        .param("id", r.id())
        .param("pipelineId", r.pipelineId())
        .param("pipelineName", r.pipelineName())
        .param("version", r.pipelineVersion())
        .param("status", r.status().label())
        .param("trigger", r.trigger())
        .param("startedBy", r.startedBy())
        .param("retryOf", r.retryOf())
        .param("cursorFrom", r.cursorFrom())
        .param("cursorTo", r.cursorTo())
        .param("queuedAt", ts(r.queuedAt()))
        .update();
  }

  Optional<RunRow> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM runs WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> map(rs))
        .optional();
  }

  /** One page of the history, newest first, and how many runs match in all. */
  Page page(RunQuery query) {
    Map<String, Object> params = new LinkedHashMap<>();
    String where = query.where(params);
    long total =
        jdbc.sql("SELECT COUNT(*) FROM runs" + where).params(params).query(Long.class).single();
    List<RunRow> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM runs"
                    + where
                    + " ORDER BY queued_at DESC, id DESC LIMIT :limit OFFSET :offset")
            .params(params)
            .param("limit", query.limit())
            .param("offset", query.offset())
            .query((rs, n) -> map(rs))
            .list();
    return new Page(rows, total);
  }

  record Page(List<RunRow> rows, long total) {}

  /** Cancels a run nobody claimed yet; false when it is no longer queued. */
  boolean cancelQueued(UUID id, Instant now) {
    return jdbc.sql(
                "UPDATE runs SET status = 'cancelled', cancel_requested = TRUE, finished_at = :now"
                    + " WHERE id = :id AND status = 'queued'")
            .param("id", id)
            .param("now", ts(now))
            .update()
        == 1;
  }

  /** Asks the worker of a running run to stop; false when it is not running. */
  boolean requestCancel(UUID id) {
    return jdbc.sql("UPDATE runs SET cancel_requested = TRUE WHERE id = :id AND status = 'running'")
            .param("id", id)
            .update()
        == 1;
  }

  /** Lets the run's pipeline run again (see {@code run_slots}). */
  void freeSlot(UUID runId) {
    jdbc.sql("DELETE FROM run_slots WHERE run_id = :id").param("id", runId).update();
  }

  /** Sets the run's totals to the sum of its streams. */
  void sumStreams(UUID id) {
    jdbc.sql(
            "UPDATE runs SET rows_read = (SELECT COALESCE(SUM(rows_read), 0) FROM run_streams WHERE"
                + " run_id = :id), rows_written = (SELECT COALESCE(SUM(rows_written), 0) FROM"
                + " run_streams WHERE run_id = :id), rows_rejected = (SELECT"
                + " COALESCE(SUM(rows_rejected), 0) FROM run_streams WHERE run_id = :id),"
                + " rows_filtered = (SELECT COALESCE(SUM(rows_filtered), 0) FROM run_streams WHERE"
                + " run_id = :id), rows_produced = (SELECT COALESCE(SUM(rows_produced), 0) FROM"
                + " run_streams WHERE run_id = :id), bytes_read = (SELECT COALESCE(SUM(bytes_read),"
                + " 0) FROM run_streams WHERE run_id = :id) WHERE id = :id")
        .param("id", id)
        .update();
  }

  static RunRow map(ResultSet rs) throws SQLException {
    return new RunRow(
        uuid(rs, "id"),
        uuid(rs, "pipeline_id"),
        rs.getString("pipeline_name"),
        rs.getInt("pipeline_version"),
        RunStatus.of(rs.getString("status")),
        rs.getString("run_trigger"),
        rs.getString("started_by"),
        uuid(rs, "retry_of"),
        rs.getString("cursor_from"),
        rs.getString("cursor_to"),
        instant(rs, "queued_at"),
        instant(rs, "started_at"),
        instant(rs, "finished_at"),
        rs.getString("worker_id"),
        rs.getInt("attempt"),
        instant(rs, "heartbeat_at"),
        rs.getBoolean("cancel_requested"),
        ledger(rs),
        rs.getString("error_code"),
        rs.getString("error_message"));
  }

  static Ledger ledger(ResultSet rs) throws SQLException {
    return new Ledger(
        rs.getLong("rows_read"),
        rs.getLong("rows_written"),
        rs.getLong("rows_rejected"),
        rs.getLong("rows_filtered"),
        rs.getLong("rows_produced"),
        rs.getLong("bytes_read"));
  }
}
