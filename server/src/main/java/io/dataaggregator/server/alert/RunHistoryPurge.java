package io.dataaggregator.server.alert;

import io.dataaggregator.server.retention.KeptFor;
import io.dataaggregator.server.retention.Purge;
import io.dataaggregator.server.retention.PurgeStatements;
import io.dataaggregator.server.system.Setting;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes what anomaly rules remember of runs ({@code alert_run_history}) once the runs themselves
 * are past {@code retention.runs-days}: the rules compare with recent runs only.
 */
@Component
class RunHistoryPurge implements Purge {
  private static final PurgeStatements OLD_RUNS =
      new PurgeStatements(
          "SELECT run_id FROM alert_run_history WHERE finished_at < :cutoff"
              + " ORDER BY finished_at LIMIT :limit",
          UUID.class,
          "DELETE FROM alert_run_history WHERE run_id IN (:ids)");

  private final JdbcClient jdbc;

  RunHistoryPurge(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String what() {
    return "alert run history";
  }

  @Override
  public KeptFor keptFor() {
    return new KeptFor.Days(Setting.RUNS_RETENTION_DAYS);
  }

  @Override
  public int deleteBatch(Instant cutoff, int limit) {
    return OLD_RUNS.deleteBatch(jdbc, cutoff, limit);
  }
}
