package io.dataaggregator.server.alert;

import io.dataaggregator.server.retention.KeptFor;
import io.dataaggregator.server.retention.Purge;
import io.dataaggregator.server.retention.PurgeStatements;
import io.dataaggregator.server.system.Setting;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deletes alerts raised longer ago than {@code retention.alert-events-days}, with deliveries. */
@Component
class AlertEventPurge implements Purge {
  private static final PurgeStatements OLD_EVENTS =
      new PurgeStatements(
          "SELECT id FROM alert_events WHERE raised_at < :cutoff ORDER BY raised_at LIMIT :limit",
          UUID.class,
          "DELETE FROM alert_deliveries WHERE event_id IN (:ids)",
          "DELETE FROM alert_events WHERE id IN (:ids)");

  private final JdbcClient jdbc;

  AlertEventPurge(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String what() {
    return "alert events";
  }

  @Override
  public KeptFor keptFor() {
    return new KeptFor.Days(Setting.ALERT_EVENTS_RETENTION_DAYS);
  }

  @Override
  @Transactional
  public int deleteBatch(Instant cutoff, int limit) {
    return OLD_EVENTS.deleteBatch(jdbc, cutoff, limit);
  }
}
