package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.JsonText;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * MySQL/MariaDB values read from a result set, and the text forms written for dates and times.
 *
 * <p>Dates and times are read as text and parsed here: the driver turns {@code 2024-00-15} into
 * {@code 2023-12-15} without a word. The full zero date {@code 0000-00-00} (and {@code 0000-00-00
 * 00:00:00}) is MySQL's stand-in for "no date", accepted by servers that lack NO_ZERO_DATE; it
 * names no day, so it is read as NULL, and date columns are reported nullable for that reason. A
 * date with only a zero month or day ({@code 2024-00-15}) or an impossible day ({@code 2024-02-30},
 * under ALLOW_INVALID_DATES) is a corrupt value, not an absent one: its row is rejected, naming it.
 */
final class MysqlValues {
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
  private static final DateTimeFormatter TIME_MICROS =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

  private MysqlValues() {}

  /** The reader of a column whose type maps to {@code type}; {@code column} is 0-based. */
  static ResultSetRows.ColumnReader reader(DbColumn db, DataType type, int column) {
    return switch (type.kind()) {
      case BOOLEAN -> (r, i) -> nullIfWasNull(r.getBoolean(i), r);
      case INT -> (r, i) -> nullIfWasNull(r.getInt(i), r);
      case BIGINT -> (r, i) -> nullIfWasNull(r.getLong(i), r);
      case DECIMAL -> (r, i) -> r.getBigDecimal(i);
      // FLOAT is single precision: its shortest text is the value the user stored
      case DOUBLE ->
          MysqlTypes.base(db).equals("FLOAT")
              ? (r, i) -> parseDouble(r.getString(i))
              : (r, i) -> nullIfWasNull(r.getDouble(i), r);
      case DATE -> (r, i) -> date(r.getString(i), column);
      case TIME -> (r, i) -> time(r.getString(i), column);
      case TIMESTAMP -> (r, i) -> dateTime(r.getString(i), column);
      case TIMESTAMP_TZ ->
          (r, i) -> {
            LocalDateTime t = dateTime(r.getString(i), column);
            return t == null ? null : t.atOffset(ZoneOffset.UTC);
          };
      case BYTES -> (r, i) -> r.getBytes(i);
      case JSON ->
          (r, i) -> {
            String s = r.getString(i);
            return s == null ? null : new JsonText(s);
          };
      case STRING -> (r, i) -> r.getString(i);
    };
  }

  private static Object nullIfWasNull(Object value, java.sql.ResultSet r)
      throws java.sql.SQLException {
    return r.wasNull() ? null : value;
  }

  private static Double parseDouble(String s) {
    return s == null ? null : Double.valueOf(s);
  }

  /** {@code yyyy-mm-dd}; null for SQL NULL and the zero date. */
  static LocalDate date(String s, int column) throws BadValueException {
    if (s == null || s.equals("0000-00-00")) {
      return null;
    }
    int month = Integer.parseInt(s, 5, 7, 10);
    int day = Integer.parseInt(s, 8, 10, 10);
    if (month == 0 || day == 0) {
      throw new BadValueException(
          column,
          "zero month or day in " + s + " is not a calendar date (only 0000-00-00 reads as null)");
    }
    try {
      return LocalDate.of(Integer.parseInt(s, 0, 4, 10), month, day);
    } catch (DateTimeException e) {
      throw new BadValueException(column, s + " is not a calendar date");
    }
  }

  /** {@code yyyy-mm-dd hh:mm:ss[.ffffff]}; null for SQL NULL and the zero date-time. */
  static LocalDateTime dateTime(String s, int column) throws BadValueException {
    if (s == null) {
      return null;
    }
    LocalDate day = date(s.substring(0, 10), column);
    LocalTime time = time(s.substring(11), column);
    if (day == null && time.equals(LocalTime.MIDNIGHT)) {
      return null;
    } else if (day == null) {
      throw new BadValueException(column, s + " has a time but a zero date");
    }
    return LocalDateTime.of(day, time);
  }

  /** {@code [-]h:mm:ss[.ffffff]}; MySQL's TIME is a duration, ours a time of day. */
  static LocalTime time(String s, int column) throws BadValueException {
    if (s == null) {
      return null;
    }
    int colon = s.indexOf(':');
    int hours = Integer.parseInt(s, 0, colon, 10);
    if (s.startsWith("-") || hours > 23) {
      throw new BadValueException(
          column,
          "TIME value "
              + s
              + " is a duration beyond a time of day; only 00:00:00 to 23:59:59.999999 can be read"
              + " as a time");
    }
    int dot = s.indexOf('.');
    int nanos = 0;
    if (dot > 0) {
      String fraction = (s.substring(dot + 1) + "000000000").substring(0, 9);
      nanos = Integer.parseInt(fraction);
    }
    return LocalTime.of(
        hours,
        Integer.parseInt(s, colon + 1, colon + 3, 10),
        Integer.parseInt(s, colon + 4, colon + 6, 10),
        nanos);
  }

  /**
   * The text MySQL reads back for a date, time or number, in the session time zone +00:00; used for
   * cursor values, LOAD DATA and inserts. Times keep microseconds, MySQL's finest.
   */
  static String text(Object value) {
    return switch (value) {
      case LocalDate d -> d.toString();
      case LocalDateTime t -> MICROS.format(t);
      case OffsetDateTime t -> MICROS.format(t.withOffsetSameInstant(ZoneOffset.UTC));
      case LocalTime t -> TIME_MICROS.format(t);
      case BigDecimal d -> d.toPlainString();
      case Boolean b -> b ? "1" : "0";
      default -> value.toString();
    };
  }

  /** Refuses values MySQL cannot store in any column. */
  static void check(Object value, int column) throws BadValueException {
    if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
      throw new BadValueException(column, "is " + d + ", which MySQL cannot store");
    }
  }
}
