package io.dataaggregator.connector.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates and timestamps as APIs write them: ISO 8601 with {@code T} or a space, with an offset as
 * {@code Z}, {@code +01:00} or {@code +0100} (Salesforce's form), or without one.
 */
final class Temporals {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*");
  private static final DateTimeFormatter TIMESTAMP =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendPattern("[XXX][XX][X]")
          .optionalEnd()
          .toFormatter();

  private Temporals() {}

  static Optional<LocalDate> date(String s) {
    if (!DATE.matcher(s).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** An {@link OffsetDateTime} when {@code s} has an offset, a {@link LocalDateTime} when not. */
  static Optional<Object> timestamp(String s) {
    if (!DATE_TIME.matcher(s).matches()) {
      return Optional.empty();
    }
    String t = s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
    try {
      TemporalAccessor parsed = TIMESTAMP.parse(t);
      LocalDateTime local = LocalDateTime.from(parsed);
      if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
        return Optional.of(local.atOffset(ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))));
      }
      return Optional.of(local);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The instant {@code s} names; a timestamp without offset or a date is taken as UTC. */
  static Optional<Instant> instant(String s) {
    Optional<Object> ts = timestamp(s);
    if (ts.isPresent()) {
      return Optional.of(switch (ts.get()) {
        case OffsetDateTime o -> o.toInstant();
        case LocalDateTime l -> l.toInstant(ZoneOffset.UTC);
        default -> throw new IllegalStateException();
      });
    }
    return date(s).map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
