package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.DataType;
import java.util.Locale;
import java.util.Set;

/**
 * The MySQL/MariaDB type mapping, both ways. Type names are those DatabaseMetaData reports.
 *
 * <pre>
 * MySQL / MariaDB                                   ours            created as
 * BOOLEAN, TINYINT(1), BIT(1)                       BOOLEAN         TINYINT(1)
 * TINYINT, SMALLINT, MEDIUMINT, INT (+ UNSIGNED     INT             INT
 *   but INT UNSIGNED), YEAR
 * INT UNSIGNED, BIGINT, BIT(2..64)                  BIGINT          BIGINT
 * BIGINT UNSIGNED                                   DECIMAL(20,0)   -
 * DECIMAL(p,s), NUMERIC(p,s)                        DECIMAL(p,s)    DECIMAL(p,s), p &lt;= 65, s &lt;= 30
 * FLOAT, DOUBLE                                     DOUBLE          DOUBLE
 * CHAR, VARCHAR, *TEXT, ENUM, SET                   STRING          LONGTEXT (VARCHAR(255) in a key)
 * DATE                                              DATE            DATE
 * TIME                                              TIME            TIME(6)
 * DATETIME                                          TIMESTAMP       DATETIME(6)
 * TIMESTAMP                                         TIMESTAMP_TZ    TIMESTAMP(6) NULL
 * BINARY, VARBINARY, *BLOB                          BYTES           LONGBLOB
 * JSON (MySQL), LONGTEXT CHECK (json_valid(..))     JSON            JSON
 * GEOMETRY and its kinds                            STRING          - (read as WKT)
 * anything else (UUID, INET6 ...)                   STRING          - (read as text)
 * </pre>
 *
 * TIMESTAMP columns hold an instant: the connector's sessions use time zone +00:00, so values are
 * read at offset +00:00 and written converted to it (MySQL's range: 1970-01-01 00:00:01 to
 * 2038-01-19 03:14:07 UTC). Zero dates are read as NULL (see {@link MysqlValues}).
 */
final class MysqlTypes {
  /** Largest DECIMAL MySQL and MariaDB create. */
  static final int MAX_PRECISION = 65;

  static final int MAX_SCALE = 30;

  private static final Set<String> INTS =
      Set.of("TINYINT", "SMALLINT", "MEDIUMINT", "INT", "INTEGER", "YEAR");
  private static final Set<String> TEXTS =
      Set.of("CHAR", "VARCHAR", "TINYTEXT", "TEXT", "MEDIUMTEXT", "LONGTEXT", "ENUM", "SET");
  private static final Set<String> BINARIES =
      Set.of("BINARY", "VARBINARY", "TINYBLOB", "BLOB", "MEDIUMBLOB", "LONGBLOB");
  private static final Set<String> GEOMETRIES =
      Set.of(
          "GEOMETRY",
          "POINT",
          "LINESTRING",
          "POLYGON",
          "MULTIPOINT",
          "MULTILINESTRING",
          "MULTIPOLYGON",
          "GEOMETRYCOLLECTION",
          "GEOMCOLLECTION");

  private MysqlTypes() {}

  /** The type name without UNSIGNED / ZEROFILL, upper case. */
  static String base(DbColumn column) {
    return column
        .typeName()
        .toUpperCase(Locale.ROOT)
        .replace(" ZEROFILL", "")
        .replace(" UNSIGNED", "")
        .trim();
  }

  static boolean unsigned(DbColumn column) {
    return column.typeName().toUpperCase(Locale.ROOT).contains("UNSIGNED");
  }

  static boolean isGeometry(DbColumn column) {
    return GEOMETRIES.contains(base(column));
  }

  static DataType toDataType(DbColumn column) {
    String base = base(column);
    if (INTS.contains(base)) {
      return base.startsWith("INT") && unsigned(column) ? DataType.BIGINT : DataType.INT;
    }
    if (TEXTS.contains(base) || GEOMETRIES.contains(base)) {
      return DataType.STRING;
    }
    if (BINARIES.contains(base)) {
      return DataType.BYTES;
    }
    return switch (base) {
      case "BOOLEAN", "BOOL" -> DataType.BOOLEAN;
      case "BIT" -> column.precision() <= 1 ? DataType.BOOLEAN : DataType.BIGINT;
      case "BIGINT" -> unsigned(column) ? DataType.decimal(20, 0) : DataType.BIGINT;
      case "DECIMAL", "NUMERIC", "DEC", "FIXED" -> decimal(column);
      case "FLOAT", "DOUBLE", "REAL", "DOUBLE PRECISION" -> DataType.DOUBLE;
      case "DATE" -> DataType.DATE;
      case "TIME" -> DataType.TIME;
      case "DATETIME" -> DataType.TIMESTAMP;
      case "TIMESTAMP" -> DataType.TIMESTAMP_TZ;
      case "JSON" -> DataType.JSON;
      default -> DataType.STRING;
    };
  }

  private static DataType decimal(DbColumn column) {
    int precision = Math.max(column.precision(), 1);
    return DataType.decimal(Math.max(precision, column.scale()), column.scale());
  }

  /**
   * The column type created for {@code type}; {@code key} columns need a bounded string type.
   *
   * @throws ConnectorException for a decimal wider than MySQL allows
   */
  static String columnType(DataType type, boolean key) {
    return switch (type.kind()) {
      case BOOLEAN -> "TINYINT(1)";
      case INT -> "INT";
      case BIGINT -> "BIGINT";
      case DECIMAL -> decimalType(type);
      case DOUBLE -> "DOUBLE";
      case STRING -> key ? "VARCHAR(255)" : "LONGTEXT";
      case DATE -> "DATE";
      case TIME -> "TIME(6)";
      case TIMESTAMP -> "DATETIME(6)";
      // NULL: without it, a server with explicit_defaults_for_timestamp off adds ON UPDATE
      case TIMESTAMP_TZ -> "TIMESTAMP(6) NULL";
      case BYTES -> key ? "VARBINARY(255)" : "LONGBLOB";
      case JSON -> "JSON";
    };
  }

  private static String decimalType(DataType type) {
    if (type.precision() > MAX_PRECISION || type.scale() > MAX_SCALE) {
      throw new ConnectorException(
          JdbcErrorCode.UNSUPPORTED_TYPE,
          "MySQL and MariaDB decimals hold at most "
              + MAX_PRECISION
              + " digits, "
              + MAX_SCALE
              + " of them after the point; "
              + type
              + " does not fit: cast the field to a narrower decimal or to string in the pipeline");
    }
    return "DECIMAL(" + type.precision() + "," + type.scale() + ")";
  }
}
