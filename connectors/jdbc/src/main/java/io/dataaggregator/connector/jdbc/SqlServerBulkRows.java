package io.dataaggregator.connector.jdbc;

import com.microsoft.sqlserver.jdbc.ISQLServerBulkData;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Schema;
import java.io.Serial;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One batch of rows as the driver's bulk copy pulls them ({@link ISQLServerBulkData}): column
 * ordinals 1..n named like the schema's fields, a JDBC type per our type, and values in the forms
 * the driver's bulk copy writes (dates as ISO text, times and timestamps as text with nine fraction
 * digits, instants as {@link java.time.OffsetDateTime}). Not thread-safe; read once.
 */
final class SqlServerBulkRows implements ISQLServerBulkData {
  @Serial private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter NANOS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS");
  private static final DateTimeFormatter TIME_NANOS =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSSSS");

  private final transient Schema schema;
  private final transient List<DbColumn> columns;
  private final transient List<Object[]> rows;
  private int next;

  /**
   * @param columns the destination's columns in the order of {@code schema}, for string lengths and
   *     fraction digits; may be shorter or empty when unknown
   */
  SqlServerBulkRows(Schema schema, List<DbColumn> columns, List<Object[]> rows) {
    this.schema = schema;
    this.columns = columns;
    this.rows = rows;
  }

  @Override
  public Set<Integer> getColumnOrdinals() {
    var out = new LinkedHashSet<Integer>();
    for (int i = 1; i <= schema.size(); i++) {
      out.add(i);
    }
    return out;
  }

  @Override
  public String getColumnName(int column) {
    return schema.field(column - 1).name();
  }

  @Override
  public int getColumnType(int column) {
    return switch (type(column).kind()) {
      case BOOLEAN -> Types.BIT;
      case INT -> Types.INTEGER;
      case BIGINT -> Types.BIGINT;
      case DECIMAL -> Types.DECIMAL;
      case DOUBLE -> Types.DOUBLE;
      case STRING, JSON -> Types.NVARCHAR;
      case DATE -> Types.DATE;
      case TIME -> Types.TIME;
      case TIMESTAMP -> Types.TIMESTAMP;
      case TIMESTAMP_TZ -> Types.TIMESTAMP_WITH_TIMEZONE;
      case BYTES -> Types.VARBINARY;
    };
  }

  /** A decimal's digits; for text and bytes the destination's length (0 when unknown). */
  @Override
  public int getPrecision(int column) {
    DataType t = type(column);
    if (t.kind() == io.dataaggregator.engine.type.TypeKind.DECIMAL) {
      return t.precision();
    }
    DbColumn db = column <= columns.size() ? columns.get(column - 1) : null;
    return db == null ? 0 : db.precision();
  }

  /** A decimal's scale; for times the destination's fraction digits (7, the most, if unknown). */
  @Override
  public int getScale(int column) {
    DataType t = type(column);
    return switch (t.kind()) {
      case DECIMAL -> t.scale();
      case TIME, TIMESTAMP, TIMESTAMP_TZ -> {
        DbColumn db = column <= columns.size() ? columns.get(column - 1) : null;
        yield db == null || db.scale() <= 0 ? 7 : db.scale();
      }
      default -> 0;
    };
  }

  @Override
  public boolean next() {
    return next++ < rows.size();
  }

  @Override
  public Object[] getRowData() {
    Object[] row = rows.get(next - 1);
    Object[] out = new Object[row.length];
    for (int i = 0; i < row.length; i++) {
      out[i] = value(row[i]);
    }
    return out;
  }

  static Object value(Object v) {
    return switch (v) {
      case JsonText j -> j.json();
      case LocalDateTime t -> NANOS.format(t);
      case LocalTime t -> TIME_NANOS.format(t);
      case null, default -> v;
    };
  }

  private DataType type(int column) {
    return schema.field(column - 1).type();
  }
}
