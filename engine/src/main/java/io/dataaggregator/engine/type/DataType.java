package io.dataaggregator.engine.type;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A logical type. Only {@link TypeKind#DECIMAL} uses precision and scale.
 *
 * <p>Java values by kind: BOOLEAN {@code Boolean}, INT {@code Integer}, BIGINT {@code Long}, DECIMAL
 * {@code BigDecimal}, DOUBLE {@code Double}, STRING {@code String}, DATE {@code LocalDate}, TIME
 * {@code LocalTime}, TIMESTAMP {@code LocalDateTime}, TIMESTAMP_TZ {@code OffsetDateTime}, BYTES
 * {@code byte[]}, JSON {@link JsonText}. A null value is SQL NULL.
 */
public record DataType(TypeKind kind, int precision, int scale) {
  public static final DataType BOOLEAN = of(TypeKind.BOOLEAN);
  public static final DataType INT = of(TypeKind.INT);
  public static final DataType BIGINT = of(TypeKind.BIGINT);
  public static final DataType DOUBLE = of(TypeKind.DOUBLE);
  public static final DataType STRING = of(TypeKind.STRING);
  public static final DataType DATE = of(TypeKind.DATE);
  public static final DataType TIME = of(TypeKind.TIME);
  public static final DataType TIMESTAMP = of(TypeKind.TIMESTAMP);
  public static final DataType TIMESTAMP_TZ = of(TypeKind.TIMESTAMP_TZ);
  public static final DataType BYTES = of(TypeKind.BYTES);
  public static final DataType JSON = of(TypeKind.JSON);

  /** Precision and scale used when a decimal's are unknown (PostgreSQL's unconstrained numeric). */
  public static final int MAX_PRECISION = 38;

  private static final Pattern DECIMAL_SPEC =
      Pattern.compile("(?:decimal|numeric)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?");

  public DataType {
    if (kind == TypeKind.DECIMAL) {
      if (precision < 1 || precision > 1000 || scale < 0 || scale > precision) {
        throw new IllegalArgumentException(
            "decimal(" + precision + "," + scale + ") needs 1 <= precision <= 1000, 0 <= scale <= precision");
      }
    } else if (precision != 0 || scale != 0) {
      throw new IllegalArgumentException(kind + " takes no precision or scale");
    }
  }

  private static DataType of(TypeKind kind) {
    return new DataType(kind, 0, 0);
  }

  public static DataType decimal(int precision, int scale) {
    return new DataType(TypeKind.DECIMAL, precision, scale);
  }

  /**
   * Parses the names users write in pipeline files: {@code boolean, int, bigint, decimal(p,s),
   * double, string, date, time, timestamp, timestamp_tz, bytes, json} and common aliases.
   *
   * @throws IllegalArgumentException naming the accepted names when {@code text} is none of them
   */
  public static DataType parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    Matcher m = DECIMAL_SPEC.matcher(t);
    if (m.matches()) {
      int p = m.group(1) == null ? MAX_PRECISION : Integer.parseInt(m.group(1));
      int s = m.group(2) == null ? (m.group(1) == null ? 10 : 0) : Integer.parseInt(m.group(2));
      return decimal(p, s);
    }
    return switch (t) {
      case "boolean", "bool" -> BOOLEAN;
      case "int", "integer", "int32" -> INT;
      case "bigint", "long", "int64" -> BIGINT;
      case "double", "float", "float64", "number" -> DOUBLE;
      case "string", "text", "varchar" -> STRING;
      case "date" -> DATE;
      case "time" -> TIME;
      case "timestamp", "datetime" -> TIMESTAMP;
      case "timestamp_tz", "timestamptz" -> TIMESTAMP_TZ;
      case "bytes", "binary" -> BYTES;
      case "json" -> JSON;
      default ->
          throw new IllegalArgumentException(
              "unknown type '"
                  + text
                  + "'; use one of boolean, int, bigint, decimal(p,s), double, string, date, time,"
                  + " timestamp, timestamp_tz, bytes, json");
    };
  }

  /** The name {@link #parse} reads back. */
  @Override
  public String toString() {
    return kind == TypeKind.DECIMAL
        ? "decimal(" + precision + "," + scale + ")"
        : kind.name().toLowerCase(Locale.ROOT);
  }
}
