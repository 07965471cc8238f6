package io.dataaggregator.server.schedule;

import io.dataaggregator.server.system.Sql;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads, for the schedule tests, the runs that schedules launched through the runs feature's
 * {@link io.dataaggregator.server.run.RunLauncher}, straight from its {@code runs} table, so that
 * launches made by any server instance on the store under test are visible.
 */
@Component
public class LaunchedRuns {
  /** One launched run. */
  public record Recorded(
      UUID runId,
      UUID pipelineId,
      String trigger,
      String startedBy,
      String cursorFrom,
      String cursorTo,
      Instant at) {}

  private final JdbcClient jdbc;

  public LaunchedRuns(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Launches of the pipeline, oldest first. */
  public List<Recorded> launchesOf(UUID pipelineId) {
    return jdbc.sql(
            "SELECT id, pipeline_id, run_trigger, started_by, cursor_from, cursor_to, queued_at"
                + " FROM runs WHERE pipeline_id = :p ORDER BY queued_at, id")
        .param("p", pipelineId)
        .query(
            (rs, n) ->
                new Recorded(
                    Sql.uuid(rs, "id"),
                    Sql.uuid(rs, "pipeline_id"),
                    rs.getString("run_trigger"),
                    rs.getString("started_by"),
                    rs.getString("cursor_from"),
                    rs.getString("cursor_to"),
                    Sql.instant(rs, "queued_at")))
        .list();
  }
}
