package io.dataaggregator.server.run;

import io.dataaggregator.server.retention.Purge;
import io.dataaggregator.server.settings.Setting;
import io.dataaggregator.server.system.Sql;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes finished runs older than {@code retention.runs-days} (by when they finished) with their
 * log lines, kept rejected rows and stream ledgers. Queued and running runs are never touched:
 * every statement repeats the condition on the status. A run's many log lines go first, a batch at
 * a time, then its rejected rows, then the run with its streams.
 */
@Component
class RunPurge implements Purge {
  private static final String FINISHED = "status IN ('succeeded', 'failed', 'cancelled')";

  private final JdbcClient jdbc;

  RunPurge(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String what() {
    return "runs";
  }

  @Override
  public Setting keptFor() {
    return Setting.RUNS_RETENTION_DAYS;
  }

  @Override
  @Transactional
  public int deleteBatch(Instant cutoff, int limit) {
    List<UUID> runs =
        jdbc.sql(
                "SELECT id FROM runs WHERE "
                    + FINISHED
                    + " AND finished_at < :cutoff ORDER BY finished_at LIMIT :limit")
            .param("cutoff", Sql.ts(cutoff))
            .param("limit", limit)
            .query(UUID.class)
            .list();
    if (runs.isEmpty()) {
      return 0;
    }
    int children = deleteRowsOf("run_logs", runs, limit);
    if (children == 0) {
      children = deleteRowsOf("run_rejections", runs, limit);
    }
    if (children > 0) {
      return children; // the runs themselves go once nothing refers to them
    }
    int streams =
        jdbc.sql("DELETE FROM run_streams WHERE run_id IN (:runs)").param("runs", runs).update();
    return streams
        + jdbc.sql("DELETE FROM runs WHERE id IN (:runs) AND " + FINISHED)
            .param("runs", runs)
            .update();
  }

  private int deleteRowsOf(String table, List<UUID> runs, int limit) {
    List<Long> ids =
        jdbc.sql("SELECT id FROM " + table + " WHERE run_id IN (:runs) LIMIT :limit")
            .param("runs", runs)
            .param("limit", limit)
            .query(Long.class)
            .list();
    if (ids.isEmpty()) {
      return 0;
    }
    return jdbc.sql("DELETE FROM " + table + " WHERE id IN (:ids)").param("ids", ids).update();
  }
}
