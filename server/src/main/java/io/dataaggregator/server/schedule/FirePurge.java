package io.dataaggregator.server.schedule;

import io.dataaggregator.server.retention.KeptFor;
import io.dataaggregator.server.retention.Purge;
import io.dataaggregator.server.retention.PurgeStatements;
import io.dataaggregator.server.system.Setting;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes the record of schedule fires older than {@code retention.runs-days}, like the runs they
 * started. A deleted fire's instant is long past: Quartz fires missed instants only once, soon
 * after an instance is back, so it cannot come again.
 */
@Component
class FirePurge implements Purge {
  private static final PurgeStatements OLD_FIRES =
      new PurgeStatements(
          "SELECT id FROM schedule_fires WHERE fired_at < :cutoff ORDER BY fired_at LIMIT :limit",
          Long.class,
          "DELETE FROM schedule_fires WHERE id IN (:ids)");

  private final JdbcClient jdbc;

  FirePurge(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String what() {
    return "schedule fires";
  }

  @Override
  public KeptFor keptFor() {
    return new KeptFor.Days(Setting.RUNS_RETENTION_DAYS);
  }

  @Override
  public int deleteBatch(Instant cutoff, int limit) {
    return OLD_FIRES.deleteBatch(jdbc, cutoff, limit);
  }
}
