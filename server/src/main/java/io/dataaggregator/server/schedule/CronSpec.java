package io.dataaggregator.server.schedule;

import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quartz.CronExpression;

/**
 * A cron expression as the user wrote it and as Quartz runs it. Accepted forms:
 *
 * <ul>
 *   <li>the common 5-field cron {@code minute hour day-of-month month day-of-week} ({@code 0 6 * *
 *       1-5}); day-of-week 0 or 7 is Sunday. It becomes Quartz's form: a seconds field {@code 0}
 *       in front, days of week renumbered (Quartz counts 1 = Sunday) and {@code ?} in the day field
 *       that is not restricted. Restricting both day fields (which classic cron reads as "either")
 *       has no Quartz equivalent and is refused with an explanation.
 *   <li>Quartz's own 6 or 7 fields ({@code second minute hour day-of-month month day-of-week
 *       [year]}), taken as they are, with {@code L}, {@code W} and {@code #}.
 *   <li>the macros {@code @yearly}, {@code @monthly}, {@code @weekly}, {@code @daily} ({@code
 *       @midnight}) and {@code @hourly}.
 * </ul>
 *
 * @param original as written (trimmed)
 * @param quartz the Quartz expression that is scheduled
 */
record CronSpec(String original, String quartz) {
  private static final Map<String, String> MACROS =
      Map.of(
          "@yearly", "0 0 1 1 *",
          "@annually", "0 0 1 1 *",
          "@monthly", "0 0 1 * *",
          "@weekly", "0 0 * * 0",
          "@daily", "0 0 * * *",
          "@midnight", "0 0 * * *",
          "@hourly", "0 * * * *");
  // A day number in a day-of-week field: not a step (after '/') nor an nth (after '#').
  private static final Pattern DAY_NUMBER = Pattern.compile("(?<![/#\\d])(\\d+)");

  /**
   * Parses and checks an expression.
   *
   * @throws IllegalArgumentException with a message for the user when it is not valid
   */
  static CronSpec parse(String text) {
    String original = text.trim().replaceAll("\\s+", " ");
    String expanded = MACROS.getOrDefault(original.toLowerCase(Locale.ROOT), original);
    String[] fields = expanded.split(" ");
    String quartz =
        switch (fields.length) {
          case 5 -> fromClassic(fields);
          case 6, 7 -> expanded.toUpperCase(Locale.ROOT);
          default ->
              throw new IllegalArgumentException(
                  "has "
                      + fields.length
                      + " fields; write 5 (minute hour day-of-month month day-of-week, such as"
                      + " \"0 6 * * 1-5\") or Quartz's 6 or 7 (second first, such as"
                      + " \"0 0 6 ? * MON-FRI\")");
        };
    try {
      CronExpression.validateExpression(quartz);
    } catch (ParseException e) {
      throw new IllegalArgumentException(
          "is not valid: " + e.getMessage() + " (as Quartz: " + quartz + ")");
    }
    return new CronSpec(original, quartz);
  }

  /** The next fire times after the instant, in the zone. */
  List<OffsetDateTime> next(ZoneId zone, Instant after, int count) {
    CronExpression expression = expression(zone);
    List<OffsetDateTime> times = new ArrayList<>(count);
    Date at = Date.from(after);
    while (times.size() < count) {
      at = expression.getNextValidTimeAfter(at);
      if (at == null) {
        break; // a year field can end the schedule
      }
      times.add(OffsetDateTime.ofInstant(at.toInstant(), zone));
    }
    return times;
  }

  private CronExpression expression(ZoneId zone) {
    try {
      CronExpression expression = new CronExpression(quartz);
      expression.setTimeZone(TimeZone.getTimeZone(zone));
      return expression;
    } catch (ParseException e) {
      throw new IllegalStateException("checked when parsed: " + quartz, e);
    }
  }

  private static String fromClassic(String[] f) {
    String dayOfMonth = f[2];
    String dayOfWeek = quartzDaysOfWeek(f[4].toUpperCase(Locale.ROOT));
    if (dayOfWeek.equals("*") || dayOfWeek.equals("?")) {
      dayOfWeek = "?";
    } else if (dayOfMonth.equals("*") || dayOfMonth.equals("?")) {
      dayOfMonth = "?";
    } else {
      throw new IllegalArgumentException(
          "restricts both the day of month and the day of week; classic cron runs when either"
              + " matches, which the scheduler cannot express: keep one and write * for the other,"
              + " or use two schedules");
    }
    return String.join(" ", "0", f[0], f[1], dayOfMonth, f[3].toUpperCase(Locale.ROOT), dayOfWeek);
  }

  /** Classic cron counts 0 (or 7) = Sunday .. 6 = Saturday; Quartz 1 = Sunday .. 7 = Saturday. */
  private static String quartzDaysOfWeek(String field) {
    Matcher m = DAY_NUMBER.matcher(field);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int day = Integer.parseInt(m.group(1));
      if (day > 7) {
        throw new IllegalArgumentException(
            "has day of week " + day + "; days of week are 0-7 (0 and 7 are Sunday) or SUN-SAT");
      }
      m.appendReplacement(out, Integer.toString(day % 7 + 1));
    }
    m.appendTail(out);
    return out.toString();
  }
}
