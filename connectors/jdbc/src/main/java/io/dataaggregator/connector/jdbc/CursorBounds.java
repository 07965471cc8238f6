package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.CursorRange;
import io.dataaggregator.engine.type.TypeKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The condition that keeps a backfill's cursor range, {@code cursor >= from AND cursor <= to}, with
 * both bounds converted to the cursor column's type and written as the dialect's literals. Bounds
 * by the cursor's type:
 *
 * <ul>
 *   <li>whole numbers ({@code 1000}) for integer columns; any decimal number for decimal and
 *       floating-point columns
 *   <li>dates ({@code 2024-01-31}) for date columns
 *   <li>timestamps without offset ({@code 2024-01-31T06:00:00}, a space instead of the T also
 *       reads) for timestamp columns; an offset is refused rather than dropped
 *   <li>timestamps with offset ({@code 2024-01-31T06:00:00Z}, {@code +02:00}) for timestamp with
 *       time zone columns; one without offset is taken in UTC
 *   <li>for either kind of timestamp, a date: from its first instant; as {@code to}, the whole day
 *       is included ({@code cursor < } the next day), so date ranges that meet leave no gap
 *   <li>times ({@code 06:00:00}) for time columns, and the text itself for text columns
 * </ul>
 */
final class CursorBounds {
  private final Dialect dialect;
  private final CatalogStream stream;
  private final DbColumn column;
  private final TypeKind kind;

  CursorBounds(Dialect dialect, CatalogStream stream, DbColumn column) {
    this.dialect = dialect;
    this.stream = stream;
    this.column = column;
    this.kind = dialect.toDataType(column).kind();
  }

  /** The SQL condition of {@code range} on the cursor column. */
  String where(CursorRange range) {
    Bound from = bound("from", range.from(), false);
    Bound to = bound("to", range.to(), true);
    if (from.after(to)) {
      throw problem("from value '" + range.from() + "' is after to value '" + range.to() + "'");
    }
    String cursor = dialect.quote(column.name());
    return cursor
        + " >= "
        + literal(from.value())
        + " AND "
        + cursor
        + (to.inclusive() ? " <= " : " < ")
        + literal(to.value());
  }

  /** A bound's value in the Java type of the column's kind, and whether it is itself in range. */
  private record Bound(Object value, boolean inclusive) {
    @SuppressWarnings({"unchecked", "rawtypes"})
    boolean after(Bound to) {
      if (!(value instanceof Comparable c) || value instanceof String) {
        return false; // text compares by the database's collation, not Java's
      }
      int order = c.compareTo(to.value);
      return order > 0 || (order == 0 && !to.inclusive);
    }
  }

  private Bound bound(String end, String text, boolean upper) {
    return switch (kind) {
      case INT, BIGINT -> exact(parse(end, text, Long::valueOf, "a whole number"));
      case DECIMAL, DOUBLE -> exact(parse(end, text, BigDecimal::new, "a number"));
      case DATE -> exact(parse(end, text, LocalDate::parse, "a date (2024-01-31)"));
      case TIME -> exact(parse(end, text, LocalTime::parse, "a time (06:00:00)"));
      case STRING -> exact(text);
      case TIMESTAMP -> timestamp(end, text, upper);
      case TIMESTAMP_TZ -> timestampTz(end, text, upper);
      case BOOLEAN, BYTES, JSON ->
          throw problem(
              "cursor field "
                  + column.name()
                  + " is of type "
                  + column.display()
                  + ", which has no range; a backfill needs a number, date, time, timestamp or text"
                  + " cursor");
    };
  }

  private Bound timestamp(String end, String text, boolean upper) {
    if (isDate(text)) {
      return day(LocalDate.parse(text).atStartOfDay(), upper);
    }
    if (parses(text, CursorBounds::offsetTime)) {
      throw problem(
          end
              + " value '"
              + text
              + "' has a time zone offset, but cursor field "
              + column.name()
              + " ("
              + column.display()
              + ") is a timestamp without time zone; give the value without offset");
    }
    return exact(parse(end, text, CursorBounds::localTime, "a timestamp (2024-01-31T06:00:00)"));
  }

  private Bound timestampTz(String end, String text, boolean upper) {
    if (isDate(text)) {
      return day(LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC), upper);
    }
    if (parses(text, CursorBounds::localTime)) {
      return exact(localTime(text).atOffset(ZoneOffset.UTC));
    }
    return exact(
        parse(end, text, CursorBounds::offsetTime, "a timestamp (2024-01-31T06:00:00Z)"));
  }

  /** A date as a timestamp bound: its first instant, or as the upper bound, all of it. */
  private static Bound day(LocalDateTime start, boolean upper) {
    return upper ? new Bound(start.plusDays(1), false) : exact(start);
  }

  private static Bound day(OffsetDateTime start, boolean upper) {
    return upper ? new Bound(start.plusDays(1), false) : exact(start);
  }

  private static Bound exact(Object value) {
    return new Bound(value, true);
  }

  private String literal(Object value) {
    return dialect.literal(dialect.cursorText(value), column);
  }

  private <T> T parse(String end, String text, Function<String, T> parser, String what) {
    try {
      return parser.apply(text);
    } catch (RuntimeException e) {
      throw problem(
          end
              + " value '"
              + text
              + "' is not "
              + what
              + ", as the type of cursor field "
              + column.name()
              + " ("
              + column.display()
              + ") requires");
    }
  }

  private ConnectorException problem(String detail) {
    return new ConnectorException(
        CommonErrorCode.INVALID_CONFIG, "cursor range of stream " + stream.name() + ": " + detail);
  }

  private static LocalDateTime localTime(String text) {
    return LocalDateTime.parse(isoT(text));
  }

  private static OffsetDateTime offsetTime(String text) {
    return OffsetDateTime.parse(isoT(text));
  }

  /** {@code 2024-01-31 06:00} as {@code 2024-01-31T06:00}: both are common ways to write it. */
  private static String isoT(String text) {
    return text.length() > 10 && text.charAt(10) == ' '
        ? text.substring(0, 10) + 'T' + text.substring(11)
        : text;
  }

  private static boolean isDate(String text) {
    return parses(text, LocalDate::parse);
  }

  private static boolean parses(String text, Function<String, ?> parser) {
    try {
      parser.apply(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
