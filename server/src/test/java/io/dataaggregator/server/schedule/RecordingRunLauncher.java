package io.dataaggregator.server.schedule;

import io.dataaggregator.server.run.RunLauncher;
import io.dataaggregator.server.system.Sql;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * TEST DOUBLE of another feature's boundary: the runs feature implements {@link RunLauncher} (its
 * public API) in parallel with the schedules; until it is merged, schedule tests need something
 * that takes launches. This one queues nothing; it records each launch in the table {@code
 * test_run_launches} of the store under test (created here, not by a migration), so launches made
 * by any server instance on that store are visible to the test. Registered by {@link
 * RecordingRunLauncherConfig} only when no real {@link RunLauncher} bean exists.
 */
public class RecordingRunLauncher implements RunLauncher {
  /** One recorded launch. */
  public record Recorded(
      UUID runId,
      UUID pipelineId,
      String trigger,
      String startedBy,
      String cursorFrom,
      String cursorTo,
      Instant at) {}

  private final JdbcClient jdbc;

  public RecordingRunLauncher(JdbcClient jdbc) {
    this.jdbc = jdbc;
    jdbc.sql(
            "CREATE TABLE IF NOT EXISTS test_run_launches (run_id UUID PRIMARY KEY,"
                + " pipeline_id UUID NOT NULL, trigger_kind VARCHAR(20) NOT NULL,"
                + " started_by VARCHAR(200) NOT NULL, cursor_from VARCHAR(100),"
                + " cursor_to VARCHAR(100), launched_at TIMESTAMP WITH TIME ZONE NOT NULL)")
        .update();
  }

  @Override
  public UUID launch(Launch launch) {
    UUID runId = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO test_run_launches (run_id, pipeline_id, trigger_kind, started_by,"
                + " cursor_from, cursor_to, launched_at) VALUES (:run, :p, :t, :by, :from, :to,"
                + " :at)")
        .param("run", runId)
        .param("p", launch.pipelineId())
        .param("t", launch.trigger())
        .param("by", launch.startedBy())
        .param("from", launch.cursorFrom())
        .param("to", launch.cursorTo())
        .param("at", Sql.ts(Instant.now()))
        .update();
    return runId;
  }

  @Override
  public Optional<UUID> pipelineOf(UUID runId) {
    return jdbc.sql("SELECT pipeline_id FROM test_run_launches WHERE run_id = :r")
        .param("r", runId)
        .query(UUID.class)
        .optional();
  }

  /** Launches of the pipeline, oldest first. */
  public List<Recorded> launchesOf(UUID pipelineId) {
    return jdbc.sql(
            "SELECT run_id, pipeline_id, trigger_kind, started_by, cursor_from, cursor_to,"
                + " launched_at FROM test_run_launches WHERE pipeline_id = :p"
                + " ORDER BY launched_at, run_id")
        .param("p", pipelineId)
        .query(
            (rs, n) ->
                new Recorded(
                    Sql.uuid(rs, "run_id"),
                    Sql.uuid(rs, "pipeline_id"),
                    rs.getString("trigger_kind"),
                    rs.getString("started_by"),
                    rs.getString("cursor_from"),
                    rs.getString("cursor_to"),
                    Sql.instant(rs, "launched_at")))
        .list();
  }
}
