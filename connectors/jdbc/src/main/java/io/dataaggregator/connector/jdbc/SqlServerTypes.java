package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.DataType;
import java.util.Locale;
import java.util.Set;

/**
 * The SQL Server type mapping, both ways. Type names are those DatabaseMetaData reports ({@code int
 * identity} counts as {@code int}).
 *
 * <pre>
 * SQL Server                                        ours            created as
 * bit                                               BOOLEAN         bit
 * tinyint, smallint, int                            INT             int
 * bigint                                            BIGINT          bigint
 * decimal(p,s), numeric(p,s)                        DECIMAL(p,s)    decimal(p,s), p &lt;= 38
 * money, smallmoney                                 DECIMAL(19,4), DECIMAL(10,4)
 * float, real                                       DOUBLE          float
 * char, varchar, nchar, nvarchar, text, ntext,      STRING          nvarchar(max) (nvarchar(450) in
 *   uniqueidentifier, xml, sql_variant                                a key)
 * date                                              DATE            date
 * time                                              TIME            time(7)
 * datetime, datetime2, smalldatetime                TIMESTAMP       datetime2(7)
 * datetimeoffset                                    TIMESTAMP_TZ    datetimeoffset(7)
 * binary, varbinary, image, rowversion, timestamp   BYTES           varbinary(max) (varbinary(900)
 *                                                                     in a key)
 * json (SQL Server 2025)                            JSON            nvarchar(max): read back as STRING
 * geography, geometry, hierarchyid                  STRING          - (read as their text form)
 * </pre>
 *
 * datetimeoffset keeps the offset it was written with, so TIMESTAMP_TZ values come back with their
 * own offset, not converted.
 */
final class SqlServerTypes {
  static final int MAX_PRECISION = 38;

  private static final Set<String> INTS = Set.of("tinyint", "smallint", "int");
  private static final Set<String> BINARIES =
      Set.of("binary", "varbinary", "image", "rowversion", "timestamp");
  static final Set<String> CLR_TYPES = Set.of("geography", "geometry", "hierarchyid");

  private SqlServerTypes() {}

  /** The type name in lower case without the {@code identity} mark. */
  static String base(DbColumn column) {
    String t = column.typeName().toLowerCase(Locale.ROOT).replace(" identity", "").trim();
    return t.endsWith("()") ? t.substring(0, t.length() - 2) : t;
  }

  static DataType toDataType(DbColumn column) {
    String base = base(column);
    if (INTS.contains(base)) {
      return DataType.INT;
    }
    if (BINARIES.contains(base)) {
      return DataType.BYTES;
    }
    return switch (base) {
      case "bit" -> DataType.BOOLEAN;
      case "bigint" -> DataType.BIGINT;
      case "decimal", "numeric" ->
          DataType.decimal(Math.max(1, column.precision()), Math.max(0, column.scale()));
      case "money" -> DataType.decimal(19, 4);
      case "smallmoney" -> DataType.decimal(10, 4);
      case "float", "real" -> DataType.DOUBLE;
      case "date" -> DataType.DATE;
      case "time" -> DataType.TIME;
      case "datetime", "datetime2", "smalldatetime" -> DataType.TIMESTAMP;
      case "datetimeoffset" -> DataType.TIMESTAMP_TZ;
      case "json" -> DataType.JSON;
      default -> DataType.STRING;
    };
  }

  /**
   * The column type created for {@code type}; {@code key} columns need a type an index can hold
   * (900 bytes).
   *
   * @throws ConnectorException for a decimal wider than SQL Server allows
   */
  static String columnType(DataType type, boolean key) {
    return switch (type.kind()) {
      case BOOLEAN -> "bit";
      case INT -> "int";
      case BIGINT -> "bigint";
      case DECIMAL -> decimalType(type);
      case DOUBLE -> "float";
      case STRING, JSON -> key ? "nvarchar(450)" : "nvarchar(max)";
      case DATE -> "date";
      case TIME -> "time(7)";
      case TIMESTAMP -> "datetime2(7)";
      case TIMESTAMP_TZ -> "datetimeoffset(7)";
      case BYTES -> key ? "varbinary(900)" : "varbinary(max)";
    };
  }

  private static String decimalType(DataType type) {
    if (type.precision() > MAX_PRECISION) {
      throw new ConnectorException(
          JdbcErrorCode.UNSUPPORTED_TYPE,
          "SQL Server decimals hold at most "
              + MAX_PRECISION
              + " digits; "
              + type
              + " does not fit: cast the field to a narrower decimal or to string in the pipeline");
    }
    return "decimal(" + type.precision() + "," + type.scale() + ")";
  }
}
