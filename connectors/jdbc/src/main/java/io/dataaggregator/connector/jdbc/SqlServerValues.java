package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.JsonText;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** SQL Server values read from a result set, and the text forms of cursor values. */
final class SqlServerValues {
  /** datetime2(7) and datetimeoffset(7) keep 100 ns ticks: seven digits after the point. */
  private static final DateTimeFormatter TICKS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSS");

  private static final DateTimeFormatter TICKS_OFFSET =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSS xxx");
  private static final DateTimeFormatter TIME_TICKS =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSS");

  private SqlServerValues() {}

  /** The reader of a column whose type maps to {@code type}. */
  static ResultSetRows.ColumnReader reader(DataType type) {
    return switch (type.kind()) {
      case BOOLEAN -> (r, i) -> wasNull(r.getBoolean(i), r);
      case INT -> (r, i) -> wasNull(r.getInt(i), r);
      case BIGINT -> (r, i) -> wasNull(r.getLong(i), r);
      case DECIMAL -> ResultSet::getBigDecimal;
      case DOUBLE -> (r, i) -> wasNull(r.getDouble(i), r);
      case DATE -> (r, i) -> r.getObject(i, LocalDate.class);
      case TIME -> (r, i) -> r.getObject(i, LocalTime.class);
      case TIMESTAMP -> (r, i) -> r.getObject(i, LocalDateTime.class);
      case TIMESTAMP_TZ -> (r, i) -> r.getObject(i, OffsetDateTime.class);
      case BYTES -> ResultSet::getBytes;
      case JSON ->
          (r, i) -> {
            String s = r.getString(i);
            return s == null ? null : new JsonText(s);
          };
      case STRING -> ResultSet::getString;
    };
  }

  private static Object wasNull(Object value, ResultSet r) throws SQLException {
    return r.wasNull() ? null : value;
  }

  /** The text SQL Server reads back (through CAST) for a cursor value. */
  static String text(Object value) {
    return switch (value) {
      case LocalDate d -> d.toString();
      case LocalDateTime t -> TICKS.format(t);
      case OffsetDateTime t -> TICKS_OFFSET.format(t);
      case LocalTime t -> TIME_TICKS.format(t);
      case BigDecimal d -> d.toPlainString();
      case Boolean b -> b ? "1" : "0";
      default -> value.toString();
    };
  }
}
