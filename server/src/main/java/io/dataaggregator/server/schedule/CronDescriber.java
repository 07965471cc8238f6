package io.dataaggregator.server.schedule;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Quartz cron expression out in English: {@code 0 0 6 * * ?} in Europe/Berlin is "every day
 * at 06:00 Europe/Berlin". It knows the shapes people write (fixed times, every n
 * seconds/minutes/hours, days of week, days of month, last/nth day, months, years); anything else
 * is shown as the expression itself. Written here because the Java describers on Maven Central are
 * unmaintained; stateless.
 */
final class CronDescriber {
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern EVERY = Pattern.compile("(?:\\*|0)/(\\d+)");
  private static final Pattern RANGE = Pattern.compile("(\\d+)-(\\d+)");
  private static final Pattern LIST = Pattern.compile("\\d+(?:-\\d+)?(?:,\\d+(?:-\\d+)?)*");
  private static final String[] DAY_NAMES = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
  private static final String[] MONTH_NAMES = {
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"
  };
  private static final String[] ORDINALS = {"", "first", "second", "third", "fourth", "fifth"};

  private CronDescriber() {}

  /** "every day at 06:00 Europe/Berlin", or the expression when its shape is unusual. */
  static String describe(String quartz, ZoneId zone) {
    String text = describe(quartz.split(" "));
    return (text == null ? "on the cron schedule \"" + quartz + "\"" : text) + " " + zone.getId();
  }

  private static String describe(String[] f) {
    String time = time(f[0], f[1], f[2]);
    String[] day = day(f[3], numbered(f[5], DAY_NAMES, 1));
    String months = span(numbered(f[4], MONTH_NAMES, 1), m -> monthName(m), " in ");
    String years = f.length == 7 && !f[6].equals("*") ? span(f[6], String::valueOf, " in ") : "";
    if (time == null || day == null || months == null || years == null) {
      return null;
    }
    String base = time.startsWith("at ") ? day[0] + " " + time : time + day[1];
    return base + months + years;
  }

  /** "every 15 minutes", "every hour", "at 06:00 and 18:00"; null when unusual. */
  private static String time(String sec, String min, String hour) {
    if (sec.equals("*") && min.equals("*") && hour.equals("*")) {
      return "every second";
    }
    Integer everySec = every(sec);
    if (everySec != null && min.equals("*") && hour.equals("*")) {
      return "every " + everySec + " seconds";
    }
    Integer s = single(sec);
    if (s == null) {
      return null;
    }
    String atSecond = s == 0 ? "" : " at second " + s;
    Integer m = single(min);
    Integer everyMin = every(min);
    Integer everyHour = every(hour);
    Matcher hours = RANGE.matcher(hour);
    if (hour.equals("*")) {
      if (min.equals("*")) {
        return "every minute" + atSecond;
      }
      if (everyMin != null) {
        return "every " + everyMin + " minutes" + atSecond;
      }
      if (m != null) {
        return m == 0 && s == 0 ? "every hour" : "every hour at minute " + m + atSecond;
      }
    }
    if (everyHour != null && m != null) {
      return "every " + everyHour + " hours" + (m == 0 ? "" : " at minute " + m) + atSecond;
    }
    if (hours.matches() && (everyMin != null || m != null)) {
      int from = Integer.parseInt(hours.group(1));
      int to = Integer.parseInt(hours.group(2));
      String often = everyMin != null ? "every " + everyMin + " minutes" : "every hour";
      int firstMinute = m == null ? 0 : m;
      int lastMinute = m == null ? 59 : m;
      return often + " from " + clock(from, firstMinute, s) + " to " + clock(to, lastMinute, s);
    }
    return fixedTimes(s, min, hour);
  }

  private static String fixedTimes(int s, String min, String hour) {
    List<Integer> minutes = values(min);
    List<Integer> hours = values(hour);
    if (minutes == null || hours == null || minutes.size() * hours.size() > 12) {
      return null;
    }
    List<String> times = new ArrayList<>();
    for (int h : hours) {
      for (int m : minutes) {
        times.add(clock(h, m, s));
      }
    }
    return "at " + joined(times);
  }

  /** {every-phrase, on-phrase}: {"every day", ""}, {"every Monday", " on Monday"}; null if odd. */
  private static String[] day(String dayOfMonth, String dayOfWeek) {
    boolean anyMonthDay = dayOfMonth.equals("*") || dayOfMonth.equals("?");
    boolean anyWeekDay = dayOfWeek.equals("*") || dayOfWeek.equals("?");
    if (anyMonthDay && anyWeekDay) {
      return new String[] {"every day", ""};
    }
    if (anyMonthDay) {
      Matcher last = Pattern.compile("(\\d)L").matcher(dayOfWeek);
      Matcher nth = Pattern.compile("(\\d)#([1-5])").matcher(dayOfWeek);
      if (last.matches()) {
        return on("the last " + dayName(Integer.parseInt(last.group(1))) + " of the month");
      }
      if (nth.matches()) {
        String ordinal = ORDINALS[Integer.parseInt(nth.group(2))];
        return on(
            "the " + ordinal + " " + dayName(Integer.parseInt(nth.group(1))) + " of the month");
      }
      String days = span(dayOfWeek, CronDescriber::dayName, "");
      return days == null ? null : new String[] {"every " + days, " on " + days};
    }
    if (!anyWeekDay) {
      return null;
    }
    return monthDay(dayOfMonth);
  }

  private static String[] monthDay(String field) {
    Matcher beforeLast = Pattern.compile("L-(\\d+)").matcher(field);
    Matcher nearest = Pattern.compile("(\\d+)W").matcher(field);
    if (field.equals("L")) {
      return on("the last day of the month");
    }
    if (field.equals("LW")) {
      return on("the last weekday of the month");
    }
    if (beforeLast.matches()) {
      return on(beforeLast.group(1) + " days before the last day of the month");
    }
    if (nearest.matches()) {
      return on("the weekday nearest day " + nearest.group(1) + " of the month");
    }
    String days = span(field, String::valueOf, "");
    if (days == null) {
      return null;
    }
    boolean several = field.contains(",") || field.contains("-");
    return on((several ? "days " : "day ") + days + " of the month");
  }

  private static String[] on(String phrase) {
    return new String[] {"on " + phrase, " on " + phrase};
  }

  /** "Monday to Friday", "1 and 15"; "" for *; null when not a list of values and ranges. */
  private static String span(String field, IntFunction<String> name, String prefix) {
    if (field.equals("*") || field.equals("?")) {
      return "";
    }
    if (!LIST.matcher(field).matches()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String token : field.split(",")) {
      Matcher range = RANGE.matcher(token);
      parts.add(
          range.matches()
              ? name.apply(Integer.parseInt(range.group(1)))
                  + " to "
                  + name.apply(Integer.parseInt(range.group(2)))
              : name.apply(Integer.parseInt(token)));
    }
    return prefix + joined(parts);
  }

  /** Replaces names (MON, JAN) by their numbers, counting from {@code first}. */
  private static String numbered(String field, String[] names, int first) {
    String out = field;
    for (int i = 0; i < names.length; i++) {
      out = out.replace(names[i], Integer.toString(i + first));
    }
    return out;
  }

  private static List<Integer> values(String field) {
    if (!field.matches("\\d+(,\\d+)*")) {
      return null;
    }
    List<Integer> values = new ArrayList<>();
    for (String v : field.split(",")) {
      values.add(Integer.parseInt(v));
    }
    return values;
  }

  private static Integer single(String field) {
    return NUMBER.matcher(field).matches() ? Integer.valueOf(field) : null;
  }

  private static Integer every(String field) {
    Matcher m = EVERY.matcher(field);
    return m.matches() ? Integer.valueOf(m.group(1)) : null;
  }

  private static String clock(int hour, int minute, int second) {
    return second == 0
        ? "%02d:%02d".formatted(hour, minute)
        : "%02d:%02d:%02d".formatted(hour, minute, second);
  }

  /** Quartz day numbers: 1 = Sunday .. 7 = Saturday. */
  private static String dayName(int quartzDay) {
    return DayOfWeek.of((quartzDay + 5) % 7 + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String monthName(int month) {
    return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String joined(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
  }
}
