package io.dataaggregator.connector.file.excel;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells from a number format whether a cell holds a date, a time or both: after dropping quoted
 * text, escaped characters and bracketed parts ({@code [Red]}, {@code [$-409]}), {@code y} or
 * {@code d} mean a date and {@code h} or {@code s} a time. Thread-safe.
 */
final class DateFormats {
  enum Kind {
    NONE,
    DATE,
    TIME,
    DATE_TIME
  }

  private static final Map<String, Kind> CACHE = new ConcurrentHashMap<>();

  private DateFormats() {}

  static Kind kindOf(String format) {
    if (format == null || format.isBlank()) {
      return Kind.NONE;
    }
    return CACHE.computeIfAbsent(format, DateFormats::classify);
  }

  private static Kind classify(String format) {
    String f = strip(format.toLowerCase(Locale.ROOT));
    boolean date = f.indexOf('y') >= 0 || f.indexOf('d') >= 0;
    boolean time = f.indexOf('h') >= 0 || f.indexOf('s') >= 0;
    if (date && time) {
      return Kind.DATE_TIME;
    }
    return date ? Kind.DATE : time ? Kind.TIME : Kind.NONE;
  }

  /** The format's first section without literals and bracketed parts. */
  private static String strip(String format) {
    var out = new StringBuilder();
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (quoted) {
        quoted = c != '"';
      } else if (bracket) {
        bracket = c != ']';
      } else if (c == '"') {
        quoted = true;
      } else if (c == '[') {
        bracket = true;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++; // the next character is literal (or padding)
      } else if (c == ';') {
        break;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
