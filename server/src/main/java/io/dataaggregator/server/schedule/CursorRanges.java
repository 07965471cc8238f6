package io.dataaggregator.server.schedule;

import io.dataaggregator.server.system.ApiException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Splits a backfill's cursor range into the ranges of its runs. Both ends are inclusive, as the
 * runs' {@code cursorFrom}/{@code cursorTo} are. The cursor is read as one of:
 *
 * <ul>
 *   <li>a whole number, step a whole number ({@code 1000}): ranges 1-1000, 1001-2000, ...
 *   <li>a date ({@code 2024-01-31}), step an ISO period ({@code P1D}, {@code P1W}, {@code P1M}):
 *       each range ends the day before the next starts
 *   <li>a timestamp with offset or zone ({@code 2024-01-31T00:00:00Z}) or without ({@code
 *       2024-01-31T00:00:00}), step an ISO duration ({@code PT6H}) or period ({@code P1D}, taken in
 *       UTC): each range ends one microsecond (the finest unit of PostgreSQL and MySQL timestamps)
 *       before the next starts
 * </ul>
 *
 * Without a step the whole range is one run.
 */
final class CursorRanges {
  static final int MAX_RUNS = 1000;

  /** One run's cursor range, both ends inclusive. */
  record Range(String from, String to) {}

  private CursorRanges() {}

  static List<Range> split(String from, String to, String step) {
    String f = from.trim();
    String t = to.trim();
    if (isLong(f) && isLong(t)) {
      return numbers(Long.parseLong(f), Long.parseLong(t), step);
    }
    if (parses(f, LocalDate::parse) && parses(t, LocalDate::parse)) {
      return dates(LocalDate.parse(f), LocalDate.parse(t), step);
    }
    if (parses(f, OffsetDateTime::parse) && parses(t, OffsetDateTime::parse)) {
      return times(OffsetDateTime.parse(f), OffsetDateTime.parse(t), step, x -> x.toString());
    }
    if (parses(f, LocalDateTime::parse) && parses(t, LocalDateTime::parse)) {
      OffsetDateTime a = LocalDateTime.parse(f).atOffset(ZoneOffset.UTC);
      OffsetDateTime b = LocalDateTime.parse(t).atOffset(ZoneOffset.UTC);
      return times(a, b, step, x -> x.toLocalDateTime().toString());
    }
    throw ApiException.invalid(
        "from",
        "from and to must both be whole numbers (1000), dates (2024-01-31) or timestamps"
            + " (2024-01-31T00:00:00Z)");
  }

  private static List<Range> numbers(long from, long to, String step) {
    requireOrder(from <= to);
    if (step == null) {
      return List.of(new Range(Long.toString(from), Long.toString(to)));
    }
    long size;
    try {
      size = Long.parseLong(step.trim());
    } catch (NumberFormatException e) {
      throw ApiException.invalid("step", "must be a whole number for a numeric cursor");
    }
    if (size < 1) {
      throw ApiException.invalid("step", "must be at least 1");
    }
    requireFew((to - from) / size + 1);
    List<Range> ranges = new ArrayList<>();
    for (long start = from; start <= to; start = Math.addExact(start, size)) {
      long end = Math.min(to, start + size - 1);
      ranges.add(new Range(Long.toString(start), Long.toString(end)));
      if (end == to) {
        break;
      }
    }
    return ranges;
  }

  private static List<Range> dates(LocalDate from, LocalDate to, String step) {
    requireOrder(!from.isAfter(to));
    if (step == null) {
      return List.of(new Range(from.toString(), to.toString()));
    }
    Period period = period(step);
    List<Range> ranges = new ArrayList<>();
    for (LocalDate start = from; !start.isAfter(to); start = start.plus(period)) {
      LocalDate end = start.plus(period).minusDays(1);
      ranges.add(new Range(start.toString(), (end.isAfter(to) ? to : end).toString()));
      requireFew(ranges.size());
    }
    return ranges;
  }

  private static List<Range> times(
      OffsetDateTime from, OffsetDateTime to, String step, Function<OffsetDateTime, String> text) {
    requireOrder(!from.isAfter(to));
    if (step == null) {
      return List.of(new Range(text.apply(from), text.apply(to)));
    }
    TemporalAmount amount =
        step.trim().toUpperCase().startsWith("PT") ? duration(step) : period(step);
    List<Range> ranges = new ArrayList<>();
    for (OffsetDateTime start = from; !start.isAfter(to); start = start.plus(amount)) {
      OffsetDateTime end = start.plus(amount).minus(1, ChronoUnit.MICROS);
      ranges.add(new Range(text.apply(start), text.apply(end.isAfter(to) ? to : end)));
      requireFew(ranges.size());
    }
    return ranges;
  }

  private static Period period(String step) {
    try {
      Period p = Period.parse(step.trim());
      if (p.isNegative() || p.isZero()) {
        throw ApiException.invalid("step", "must be longer than zero");
      }
      return p;
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(
          "step", "must be an ISO period such as P1D, P1W or P1M (or PT6H for timestamps)");
    }
  }

  private static Duration duration(String step) {
    try {
      Duration d = Duration.parse(step.trim());
      if (d.isNegative() || d.isZero()) {
        throw ApiException.invalid("step", "must be longer than zero");
      }
      return d;
    } catch (DateTimeParseException e) {
      throw ApiException.invalid("step", "must be an ISO duration such as PT1H or PT15M");
    }
  }

  private static void requireOrder(boolean ordered) {
    if (!ordered) {
      throw ApiException.invalid("to", "must not be before from");
    }
  }

  private static void requireFew(long runs) {
    if (runs > MAX_RUNS) {
      throw ApiException.invalid(
          "step", "makes more than " + MAX_RUNS + " runs; choose a longer step");
    }
  }

  private static boolean isLong(String s) {
    return s.matches("-?\\d{1,18}");
  }

  private static boolean parses(String s, Function<String, ?> parser) {
    try {
      parser.apply(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
