package io.dataaggregator.server.auth;

import io.dataaggregator.server.system.Sql;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every login attempt and its outcome (table {@code login_attempts}), for the login history. */
@Component
public class LoginAttempts {
  /** How an attempt ended. */
  public enum Outcome {
    SUCCESS,
    UNKNOWN_USER,
    WRONG_PASSWORD,
    WRONG_TOTP,
    TOTP_MISSING,
    LOCKED,
    DISABLED,
    ROLE_DISABLED
  }

  /** One attempt as shown in a user's login history. */
  public record LoginAttempt(String username, String clientIp, Outcome outcome, Instant at) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  LoginAttempts(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void record(String username, UUID userId, String clientIp, Outcome outcome) {
    jdbc.sql(
            "INSERT INTO login_attempts (username, user_id, client_ip, outcome, attempted_at)"
                + " VALUES (:username, :user, :ip, :outcome, :at)")
        .param("username", truncate(username, 64))
        .param("user", userId)
        .param("ip", truncate(clientIp, 45))
        .param("outcome", outcome.name())
        .param("at", Sql.ts(clock.instant()))
        .update();
  }

  /** The user's most recent attempts, newest first. */
  public List<LoginAttempt> recent(UUID userId, int limit) {
    return jdbc.sql(
            "SELECT username, client_ip, outcome, attempted_at FROM login_attempts"
                + " WHERE user_id = :user ORDER BY attempted_at DESC, id DESC")
        .param("user", userId)
        .withMaxRows(limit)
        .query(
            (rs, n) ->
                new LoginAttempt(
                    rs.getString("username"),
                    rs.getString("client_ip"),
                    Outcome.valueOf(rs.getString("outcome")),
                    Sql.instant(rs, "attempted_at")))
        .list();
  }

  private static String truncate(String s, int max) {
    String value = s == null ? "" : s;
    return value.length() <= max ? value : value.substring(0, max);
  }
}
