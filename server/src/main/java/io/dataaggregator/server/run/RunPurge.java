package io.dataaggregator.server.run;

import io.dataaggregator.server.retention.KeptFor;
import io.dataaggregator.server.retention.Purge;
import io.dataaggregator.server.retention.PurgeStatements;
import io.dataaggregator.server.system.Setting;
import io.dataaggregator.server.system.Sql;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

  /** The runs themselves, with their streams, once nothing else refers to them. */
  private static final PurgeStatements OLD_RUNS =
      new PurgeStatements(
          "SELECT id FROM runs WHERE "
              + FINISHED
              + " AND finished_at < :cutoff ORDER BY finished_at LIMIT :limit",
          UUID.class,
          "DELETE FROM run_streams WHERE run_id IN (:ids)",
          "DELETE FROM runs WHERE id IN (:ids) AND " + FINISHED);

  /** Rows that refer to runs (bound as {@code :runs}) and may be many per run, in that order. */
  private static final List<PurgeStatements> CHILDREN =
      List.of(children("run_logs"), children("run_rejections"));

  private final JdbcClient jdbc;

  RunPurge(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String what() {
    return "runs";
  }

  @Override
  public KeptFor keptFor() {
    return new KeptFor.Days(Setting.RUNS_RETENTION_DAYS);
  }

  @Override
  @Transactional
  public int deleteBatch(Instant cutoff, int limit) {
    return OLD_RUNS.deleteBatch(
        jdbc,
        Map.of("cutoff", Sql.ts(cutoff), "limit", limit),
        runs -> {
          for (PurgeStatements children : CHILDREN) {
            int deleted = children.deleteBatch(jdbc, Map.of("runs", runs, "limit", limit));
            if (deleted > 0) {
              return deleted; // the runs themselves go once nothing refers to them
            }
          }
          return OLD_RUNS.delete(jdbc, runs);
        });
  }

  private static PurgeStatements children(String table) {
    return new PurgeStatements(
        "SELECT id FROM " + table + " WHERE run_id IN (:runs) LIMIT :limit",
        Long.class,
        "DELETE FROM " + table + " WHERE id IN (:ids)");
  }
}
