package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.DataType;
import java.util.Set;

/**
 * The PostgreSQL type mapping, both ways.
 *
 * <pre>
 * PostgreSQL                                    ours            created as
 * bool                                          BOOLEAN         boolean
 * int2, int4 (smallint, integer, serial)        INT             integer
 * int8 (bigint, bigserial)                      BIGINT          bigint
 * numeric(p,s)                                  DECIMAL(p,s)    numeric(p,s)
 * numeric (unconstrained)                       DECIMAL(38,10)  -
 * float4, float8                                DOUBLE          double precision
 * text, varchar, bpchar, name, uuid, enums      STRING          text
 * date                                          DATE            date
 * time                                          TIME            time
 * timestamp                                     TIMESTAMP       timestamp
 * timestamptz                                   TIMESTAMP_TZ    timestamptz
 * bytea                                         BYTES           bytea
 * json, jsonb                                   JSON            jsonb
 * anything else (interval, inet, arrays, ...)   STRING          - (read as its text form)
 * </pre>
 *
 * Timestamps with time zone come back as the same instant at offset +00:00 (PostgreSQL keeps the
 * instant, not the offset). Domains map like their base type.
 */
final class PgTypes {
  /** Types read in PostgreSQL's binary form; every other type is read as {@code ::text}. */
  static final Set<String> BINARY =
      Set.of(
          "bool",
          "int2",
          "int4",
          "int8",
          "numeric",
          "float4",
          "float8",
          "text",
          "varchar",
          "bpchar",
          "name",
          "uuid",
          "date",
          "time",
          "timestamp",
          "timestamptz",
          "bytea",
          "json",
          "jsonb");

  /** Precision and scale given to an unconstrained numeric. */
  static final DataType UNCONSTRAINED_NUMERIC = DataType.decimal(DataType.MAX_PRECISION, 10);

  private PgTypes() {}

  static DataType toDataType(String typeName, int typeModifier) {
    return switch (typeName) {
      case "bool" -> DataType.BOOLEAN;
      case "int2", "int4" -> DataType.INT;
      case "int8" -> DataType.BIGINT;
      case "numeric" -> numeric(typeModifier);
      case "float4", "float8" -> DataType.DOUBLE;
      case "date" -> DataType.DATE;
      case "time" -> DataType.TIME;
      case "timestamp" -> DataType.TIMESTAMP;
      case "timestamptz" -> DataType.TIMESTAMP_TZ;
      case "bytea" -> DataType.BYTES;
      case "json", "jsonb" -> DataType.JSON;
      default -> DataType.STRING;
    };
  }

  static String columnType(DataType type) {
    return switch (type.kind()) {
      case BOOLEAN -> "boolean";
      case INT -> "integer";
      case BIGINT -> "bigint";
      case DECIMAL -> "numeric(" + type.precision() + "," + type.scale() + ")";
      case DOUBLE -> "double precision";
      case STRING -> "text";
      case DATE -> "date";
      case TIME -> "time";
      case TIMESTAMP -> "timestamp";
      case TIMESTAMP_TZ -> "timestamptz";
      case BYTES -> "bytea";
      case JSON -> "jsonb";
    };
  }

  /** numeric's modifier holds (precision << 16 | scale) + 4; PostgreSQL 15 allows scale < 0. */
  private static DataType numeric(int typeModifier) {
    if (typeModifier < 4) {
      return UNCONSTRAINED_NUMERIC;
    }
    int precision = ((typeModifier - 4) >> 16) & 0xffff;
    int scale = (((typeModifier - 4) & 0x7ff) ^ 1024) - 1024;
    if (scale < 0) {
      return DataType.decimal(Math.min(precision - scale, 1000), 0);
    }
    return scale > precision ? DataType.decimal(scale, scale) : DataType.decimal(precision, scale);
  }
}
