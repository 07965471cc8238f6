package io.dataaggregator.server.schedule;

import io.dataaggregator.server.retention.Purge;
import io.dataaggregator.server.settings.Setting;
import io.dataaggregator.server.system.Sql;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes the record of schedule fires older than {@code retention.runs-days}, like the runs they
 * started. A deleted fire's instant is long past: Quartz fires missed instants only once, soon
 * after an instance is back, so it cannot come again.
 */
@Component
class FirePurge implements Purge {
  private final JdbcClient jdbc;

  FirePurge(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String what() {
    return "schedule fires";
  }

  @Override
  public Setting keptFor() {
    return Setting.RUNS_RETENTION_DAYS;
  }

  @Override
  public int deleteBatch(Instant cutoff, int limit) {
    List<Long> fires =
        jdbc.sql(
                "SELECT id FROM schedule_fires WHERE fired_at < :cutoff ORDER BY fired_at"
                    + " LIMIT :limit")
            .param("cutoff", Sql.ts(cutoff))
            .param("limit", limit)
            .query(Long.class)
            .list();
    if (fires.isEmpty()) {
      return 0;
    }
    return jdbc.sql("DELETE FROM schedule_fires WHERE id IN (:fires)")
        .param("fires", fires)
        .update();
  }
}
