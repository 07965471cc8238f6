package io.dataaggregator.server.auth;

import io.dataaggregator.server.retention.KeptFor;
import io.dataaggregator.server.retention.Purge;
import io.dataaggregator.server.retention.PurgeStatements;
import io.dataaggregator.server.system.Setting;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes login attempts (the login history) older than {@code retention.logins-days}, but never
 * one younger than the lockout window ({@code dagg.auth.lockout-duration}), whatever the setting
 * says. The lockout counts failures on the account itself ({@code users.failed_logins}) and the
 * rate limit is in memory, so neither reads this table today; the floor is there so that nothing
 * counting recent attempts here could ever lose them to a short retention.
 */
@Component
class LoginAttemptPurge implements Purge {
  private static final PurgeStatements OLD_ATTEMPTS =
      new PurgeStatements(
          "SELECT id FROM login_attempts WHERE attempted_at < :cutoff ORDER BY attempted_at"
              + " LIMIT :limit",
          Long.class,
          "DELETE FROM login_attempts WHERE id IN (:ids)");

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration lockout;

  LoginAttemptPurge(JdbcClient jdbc, Clock clock, AuthProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.lockout = properties.lockoutDuration();
  }

  @Override
  public String what() {
    return "login attempts";
  }

  @Override
  public KeptFor keptFor() {
    return new KeptFor.Days(Setting.LOGINS_RETENTION_DAYS);
  }

  @Override
  public int deleteBatch(Instant cutoff, int limit) {
    Instant lockoutWindowStart = clock.instant().minus(lockout);
    Instant before = cutoff.isBefore(lockoutWindowStart) ? cutoff : lockoutWindowStart;
    return OLD_ATTEMPTS.deleteBatch(jdbc, before, limit);
  }
}
