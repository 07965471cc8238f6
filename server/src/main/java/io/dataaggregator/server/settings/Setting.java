package io.dataaggregator.server.settings;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/**
 * The system settings an admin can change through the API. Each has a name (as in the URL), a
 * default and a check that returns what is wrong with a value. Add a constant to add a setting.
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
      Setting::zoneProblem);

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
