package io.dataaggregator.server.system;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes system settings (table {@code system_settings}); absent means the default: the
 * property {@code dagg.<name>} when this instance sets it, else {@link Setting#defaultValue()}.
 */
@Component
public class Settings {
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Map<Setting, String> defaults = new EnumMap<>(Setting.class);

  /**
   * @throws IllegalStateException when a {@code dagg.<name>} property holds a value the setting
   *     refuses, naming the property: the server does not start with it
   */
  Settings(JdbcClient jdbc, Clock clock, Environment environment) {
    this.jdbc = jdbc;
    this.clock = clock;
    for (Setting setting : Setting.values()) {
      String property = "dagg." + setting.key();
      String configured = environment.getProperty(property);
      if (configured == null || configured.isBlank()) {
        defaults.put(setting, setting.defaultValue());
        continue;
      }
      setting
          .problemWith(configured.trim())
          .ifPresent(
              problem -> {
                throw new IllegalStateException("The property " + property + " " + problem);
              });
      defaults.put(setting, configured.trim());
    }
  }

  /** The setting's current value (its default when never set). */
  public String value(Setting setting) {
    return jdbc.sql("SELECT setting_value FROM system_settings WHERE name = :name")
        .param("name", setting.key())
        .query(String.class)
        .optional()
        .orElse(defaultOf(setting));
  }

  /** The current value of a setting that holds a whole number (checked when it was stored). */
  public int intValue(Setting setting) {
    return Integer.parseInt(value(setting).trim());
  }

  /** The value the setting has while no admin set one: {@code dagg.<name>}, else built in. */
  public String defaultOf(Setting setting) {
    return defaults.get(setting);
  }

  /** Every setting's current value, by setting. */
  public Map<Setting, String> all() {
    Map<String, String> stored =
        jdbc
            .sql("SELECT name, setting_value FROM system_settings")
            .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    Map<Setting, String> values = new EnumMap<>(Setting.class);
    for (Setting setting : Setting.values()) {
      values.put(setting, stored.getOrDefault(setting.key(), defaultOf(setting)));
    }
    return values;
  }

  /** Stores a value already checked with {@link Setting#problemWith}. */
  @Transactional
  public void set(Setting setting, String value, UUID by) {
    // Delete then insert: portable across H2 and PostgreSQL, unlike MERGE / ON CONFLICT.
    jdbc.sql("DELETE FROM system_settings WHERE name = :name")
        .param("name", setting.key())
        .update();
    jdbc.sql(
            "INSERT INTO system_settings (name, setting_value, updated_at, updated_by)"
                + " VALUES (:name, :value, :now, :by)")
        .param("name", setting.key())
        .param("value", value)
        .param("now", Sql.ts(clock.instant()))
        .param("by", by)
        .update();
  }
}
