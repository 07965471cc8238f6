package io.dataaggregator.server.user;

import io.dataaggregator.server.system.Sql;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Console preferences per user (table {@code user_preferences}). */
@Component
class Preferences {
  /** Stored preferences; a null time zone means "the instance default". */
  record Stored(String theme, String timezone) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  Preferences(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<Stored> find(UUID userId) {
    return jdbc.sql("SELECT theme, timezone FROM user_preferences WHERE user_id = :user")
        .param("user", userId)
        .query((rs, n) -> new Stored(rs.getString("theme"), rs.getString("timezone")))
        .optional();
  }

  @Transactional
  void save(UUID userId, Stored preferences) {
    // Delete then insert: portable across H2 and PostgreSQL, unlike MERGE / ON CONFLICT.
    jdbc.sql("DELETE FROM user_preferences WHERE user_id = :user").param("user", userId).update();
    jdbc.sql(
            "INSERT INTO user_preferences (user_id, theme, timezone, updated_at)"
                + " VALUES (:user, :theme, :timezone, :now)")
        .param("user", userId)
        .param("theme", preferences.theme())
        .param("timezone", preferences.timezone())
        .param("now", Sql.ts(clock.instant()))
        .update();
  }
}
