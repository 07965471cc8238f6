package io.dataaggregator.server.retention;

import io.dataaggregator.server.system.Sql;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which instance purges what, and when (table {@code retention_purges}): one row per purge, with
 * the instant its next round is due. An instance claims a round with a conditional update that
 * moves the due instant on; of several instances asking at once exactly one changes the row, so the
 * others skip that round instead of deleting the same rows beside it.
 */
@Component
class PurgeRounds {
  private final JdbcClient jdbc;

  PurgeRounds(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether this instance won the round of {@code purge} due at {@code now}. */
  boolean claim(String purge, Instant now, Instant nextDue, String instance) {
    ensureRow(purge);
    return jdbc.sql(
                "UPDATE retention_purges SET next_due_at = :next, instance = :instance,"
                    + " started_at = :now WHERE name = :name AND next_due_at <= :now")
            .param("next", Sql.ts(nextDue))
            .param("instance", instance)
            .param("now", Sql.ts(now))
            .param("name", purge)
            .update()
        == 1;
  }

  /** Notes how a round ended, for whoever looks at the table. */
  void finished(String purge, Instant at, long rows) {
    jdbc.sql(
            "UPDATE retention_purges SET finished_at = :at, rows_deleted = :rows"
                + " WHERE name = :name")
        .param("at", Sql.ts(at))
        .param("rows", rows)
        .param("name", purge)
        .update();
  }

  private void ensureRow(String purge) {
    int exists =
        jdbc.sql("SELECT COUNT(*) FROM retention_purges WHERE name = :name")
            .param("name", purge)
            .query(Integer.class)
            .single();
    if (exists == 0) {
      try {
        jdbc.sql(
                "INSERT INTO retention_purges (name, next_due_at, rows_deleted)"
                    + " VALUES (:name, :due, 0)")
            .param("name", purge)
            .param("due", Sql.ts(Instant.EPOCH))
            .update();
      } catch (DuplicateKeyException raced) {
        // another instance made it first: the same row
      }
    }
  }
}
