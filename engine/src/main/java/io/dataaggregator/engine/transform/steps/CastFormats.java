package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.transform.StepConfigException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Reads the format and zone settings of a cast once, when the step is created. */
final class CastFormats {
  /** ISO dates and times with a 'T' or a space between them. */
  static final DateTimeFormatter LOCAL_DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  static final DateTimeFormatter OFFSET_DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(LOCAL_DATE_TIME)
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .appendOffset("+HH:MM:ss", "Z")
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private CastFormats() {}

  /**
   * A strict formatter for a java.time pattern: 2001-02-30 is an error, not 2001-02-28. Users write
   * {@code yyyy}; strict parsing needs the proleptic year {@code uuuu}, so y becomes u outside
   * quoted text.
   */
  static DateTimeFormatter pattern(String pattern, String setting) {
    var converted = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (char c : pattern.toCharArray()) {
      quoted ^= c == '\'';
      converted.append(!quoted && c == 'y' ? 'u' : c);
    }
    try {
      return new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern(converted.toString())
          .toFormatter(Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw new StepConfigException(
          setting, setting + ": '" + pattern + "' is not a date/time pattern: " + e.getMessage());
    }
  }

  /** The zone named by {@code name}, or null when none is set. */
  static ZoneId zone(String name, String setting) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      throw new StepConfigException(
          setting,
          setting + ": '" + name + "' is not a time zone (use e.g. UTC, Europe/Paris, +02:00)");
    }
  }

  static ZoneId requireZone(String name, String setting, String why) {
    ZoneId zone = zone(name, setting);
    if (zone == null) {
      throw new StepConfigException(setting, setting + ": " + why + " needs time_zone");
    }
    return zone;
  }
}
