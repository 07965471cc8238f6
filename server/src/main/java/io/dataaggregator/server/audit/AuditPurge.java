package io.dataaggregator.server.audit;

import io.dataaggregator.server.retention.KeptFor;
import io.dataaggregator.server.retention.Purge;
import io.dataaggregator.server.retention.PurgeStatements;
import io.dataaggregator.server.system.Setting;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes audit entries older than {@code retention.audit-days}, and records that it did in the
 * audit log itself (user {@code retention}, action {@code purge}): the log never loses entries
 * without a trace.
 */
@Component
class AuditPurge implements Purge {
  private static final PurgeStatements OLD_ENTRIES =
      new PurgeStatements(
          "SELECT id FROM audit_log WHERE occurred_at < :cutoff ORDER BY id LIMIT :limit",
          Long.class,
          "DELETE FROM audit_log WHERE id IN (:ids)");

  private final JdbcClient jdbc;
  private final AuditLog auditLog;
  private final Clock clock;

  AuditPurge(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
    this.jdbc = jdbc;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public String what() {
    return "audit entries";
  }

  @Override
  public KeptFor keptFor() {
    return new KeptFor.Days(Setting.AUDIT_RETENTION_DAYS);
  }

  @Override
  public int deleteBatch(Instant cutoff, int limit) {
    return OLD_ENTRIES.deleteBatch(jdbc, cutoff, limit);
  }

  @Override
  public void purged(long rows, Instant cutoff, int days) {
    auditLog.append(
        new AuditEntry(
            0,
            clock.instant(),
            "retention",
            null,
            null,
            "purge",
            "audit",
            null,
            null,
            null,
            null,
            null,
            null,
            "deleted "
                + rows
                + " entries older than "
                + cutoff
                + " (retention.audit-days = "
                + days
                + ")"));
  }
}
