package io.dataaggregator.server.system;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/**
 * The system settings an admin can change through the API. Each has a name (as in the URL), a
 * default and a check that returns what is wrong with a value. The property {@code dagg.<name>}
 * (for example {@code dagg.retention.runs-days}, or the environment variable {@code
 * DAGG_RETENTION_RUNSDAYS}) replaces the default on an instance; a value set through the API wins
 * over both. Add a constant to add a setting.
 */
public enum Setting {
  INSTANCE_NAME(
      "instance.name",
      "Data Aggregator",
      "Name shown in the console's title bar",
      v ->
          v.isBlank() || v.length() > 80
              ? Optional.of("must be 1 to 80 characters")
              : Optional.empty()),
  DEFAULT_TIMEZONE(
      "instance.default-timezone",
      "UTC",
      "Time zone for users who have not chosen one (IANA name, e.g. Europe/Paris)",
      Setting::zoneProblem),
  RUNS_RETENTION_DAYS(
      "retention.runs-days",
      "90",
      "Days finished runs are kept, with their logs, rejected rows and stream ledgers, counted"
          + " from when they finished; 0 keeps them forever. Queued and running runs are never"
          + " deleted.",
      Setting::daysProblem),
  ALERT_EVENTS_RETENTION_DAYS(
      "retention.alert-events-days",
      "90",
      "Days alerts are kept, with their deliveries, counted from when they were raised; 0 keeps"
          + " them forever",
      Setting::daysProblem),
  AUDIT_RETENTION_DAYS(
      "retention.audit-days",
      "365",
      "Days audit log entries are kept; 0 keeps them forever. Each purge is itself audited.",
      Setting::daysProblem),
  LOGINS_RETENTION_DAYS(
      "retention.logins-days",
      "90",
      "Days the login history (every login attempt, shown per user) is kept; 0 keeps it forever."
          + " Attempts within the lockout window are always kept.",
      Setting::daysProblem);

  /** The longest retention a setting takes: a hundred years. */
  static final int MAX_DAYS = 36_500;

  private final String key;
  private final String defaultValue;
  private final String description;
  private final Function<String, Optional<String>> check;

  Setting(
      String key,
      String defaultValue,
      String description,
      Function<String, Optional<String>> check) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
    this.check = check;
  }

  public String key() {
    return key;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  /** What is wrong with the value, or empty when it is acceptable. */
  public Optional<String> problemWith(String value) {
    return check.apply(value);
  }

  public static Optional<Setting> byKey(String key) {
    for (Setting s : values()) {
      if (s.key.equals(key)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** A number of days to keep something: 0 (forever) to {@value #MAX_DAYS}. */
  static Optional<String> daysProblem(String value) {
    try {
      int days = Integer.parseInt(value.trim());
      if (days >= 0 && days <= MAX_DAYS) {
        return Optional.empty();
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    return Optional.of("must be a whole number of days from 0 (keep forever) to " + MAX_DAYS);
  }

  /** Shared with user preferences: a time zone must be an IANA region id. */
  public static Optional<String> zoneProblem(String value) {
    try {
      ZoneId.of(value);
      return Optional.empty();
    } catch (DateTimeException e) {
      return Optional.of("is not a known time zone; use an IANA name such as Europe/Paris");
    }
  }
}
