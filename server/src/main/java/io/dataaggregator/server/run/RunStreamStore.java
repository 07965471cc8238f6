package io.dataaggregator.server.run;

import static io.dataaggregator.server.system.Sql.instant;
import static io.dataaggregator.server.system.Sql.ts;

import io.dataaggregator.engine.run.Ledger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code run_streams} table: each stream's ledger of a run. */
@Component
class RunStreamStore {
  private final JdbcClient jdbc;

  RunStreamStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<StreamRow> of(UUID runId) {
    return jdbc.sql(
            "SELECT stream, table_name, status, resumed, rows_read, rows_written, rows_rejected,"
                + " rows_filtered, rows_produced, bytes_read, error_message, started_at,"
                + " finished_at FROM run_streams WHERE run_id = :id ORDER BY stream")
        .param("id", runId)
        .query(
            (rs, n) ->
                new StreamRow(
                    rs.getString("stream"),
                    rs.getString("table_name"),
                    rs.getString("status"),
                    rs.getBoolean("resumed"),
                    RunStore.ledger(rs),
                    rs.getString("error_message"),
                    instant(rs, "started_at"),
                    instant(rs, "finished_at")))
        .list();
  }

  Map<String, StreamRow> byName(UUID runId) {
    Map<String, StreamRow> byName = new LinkedHashMap<>();
    of(runId).forEach(s -> byName.put(s.stream(), s));
    return byName;
  }

  /** A stream (re)starts in this attempt with {@code base} already counted. */
  void started(UUID runId, String stream, String table, boolean resumed, Ledger base, Instant now) {
    int updated =
        ledger(
                jdbc.sql(
                    "UPDATE run_streams SET table_name = :table, status = 'running',"
                        + " resumed = :resumed, error_message = NULL, finished_at = NULL, "
                        + LEDGER_SET
                        + " WHERE run_id = :run AND stream = :stream"),
                base)
            .param("table", table)
            .param("resumed", resumed)
            .param("run", runId)
            .param("stream", stream)
            .update();
    if (updated == 0) {
      ledger(
              jdbc.sql(
                  "INSERT INTO run_streams (run_id, stream, table_name, status, resumed,"
                      + " rows_read, rows_written, rows_rejected, rows_filtered, rows_produced,"
                      + " bytes_read, started_at) VALUES (:run, :stream, :table, 'running',"
                      + " :resumed, :read, :written, :rejected, :filtered, :produced, :bytes,"
                      + " :now)"),
              base)
          .param("run", runId)
          .param("stream", stream)
          .param("table", table)
          .param("resumed", resumed)
          .param("now", ts(now))
          .update();
    }
  }

  /** The stream's ledger so far (committed rows, summed over attempts). */
  void progress(UUID runId, String stream, Ledger total) {
    ledger(jdbc.sql("UPDATE run_streams SET " + LEDGER_SET + WHERE), total)
        .param("run", runId)
        .param("stream", stream)
        .update();
  }

  /** The stream ended in this attempt with this final ledger. */
  void finished(UUID runId, String stream, String status, Ledger total, String error, Instant now) {
    ledger(
            jdbc.sql(
                "UPDATE run_streams SET status = :status, error_message = :error,"
                    + " finished_at = :now, "
                    + LEDGER_SET
                    + WHERE),
            total)
        .param("status", status)
        .param("error", error)
        .param("now", ts(now))
        .param("run", runId)
        .param("stream", stream)
        .update();
  }

  private static final String LEDGER_SET =
      "rows_read = :read, rows_written = :written, rows_rejected = :rejected,"
          + " rows_filtered = :filtered, rows_produced = :produced, bytes_read = :bytes";
  private static final String WHERE = " WHERE run_id = :run AND stream = :stream";

  private static JdbcClient.StatementSpec ledger(JdbcClient.StatementSpec spec, Ledger l) {
    return spec.param("read", l.read())
        .param("written", l.written())
        .param("rejected", l.rejected())
        .param("filtered", l.filtered())
        .param("produced", l.produced())
        .param("bytes", l.bytes());
  }
}
