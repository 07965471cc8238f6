package io.dataaggregator.engine.transform.expr;

import com.google.common.primitives.UnsignedLong;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.common.types.NullableType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.values.CelByteString;
import dev.cel.common.values.NullValue;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.JsonText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How engine values enter CEL and come back. CEL knows bool, int (64-bit), double, string, bytes
 * and timestamp, so: int and bigint are CEL ints; decimal is a CEL double (CEL has no decimal
 * type); date, timestamp and timestamp_tz are CEL timestamps (a date at midnight UTC, a timestamp
 * without zone read as UTC); time is an ISO string {@code HH:mm:ss}; json is its text.
 */
final class CelValues {
  private CelValues() {}

  /** The CEL type a field of {@code type} is declared with; every field may be null. */
  static CelType celType(DataType type) {
    CelType base =
        switch (type.kind()) {
          case BOOLEAN -> SimpleType.BOOL;
          case INT, BIGINT -> SimpleType.INT;
          case DECIMAL, DOUBLE -> SimpleType.DOUBLE;
          case STRING, TIME, JSON -> SimpleType.STRING;
          case DATE, TIMESTAMP, TIMESTAMP_TZ -> SimpleType.TIMESTAMP;
          case BYTES -> SimpleType.BYTES;
        };
    // Wrapper (nullable) types let `x == null` type-check; timestamps are nullable as they are.
    return base == SimpleType.TIMESTAMP ? base : NullableType.create(base);
  }

  /** {@code value} of a field of {@code type} as CEL sees it. */
  static Object toCel(DataType type, Object value) {
    if (value == null) {
      return NullValue.NULL_VALUE;
    }
    return switch (type.kind()) {
      case INT -> ((Integer) value).longValue();
      case DECIMAL -> ((BigDecimal) value).doubleValue();
      case TIME -> DateTimeFormatter.ISO_LOCAL_TIME.format((LocalTime) value);
      case JSON -> ((JsonText) value).json();
      case DATE -> ((LocalDate) value).atStartOfDay().toInstant(ZoneOffset.UTC);
      case TIMESTAMP -> ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
      case TIMESTAMP_TZ -> ((OffsetDateTime) value).toInstant();
      case BYTES -> CelByteString.of((byte[]) value);
      default -> value;
    };
  }

  /** The engine type of an expression giving {@code type}, or null when it has none. */
  static DataType resultType(CelType type) {
    CelType t = type instanceof NullableType n ? n.targetType() : type;
    CelKind kind = t.kind();
    if (kind == CelKind.BOOL) {
      return DataType.BOOLEAN;
    } else if (kind == CelKind.INT || kind == CelKind.UINT) {
      return DataType.BIGINT;
    } else if (kind == CelKind.DOUBLE) {
      return DataType.DOUBLE;
    } else if (kind == CelKind.STRING) {
      return DataType.STRING;
    } else if (kind == CelKind.BYTES) {
      return DataType.BYTES;
    } else if (kind == CelKind.TIMESTAMP) {
      return DataType.TIMESTAMP_TZ;
    }
    return null;
  }

  /** A CEL result as a value of {@link #resultType}. */
  static Object fromCel(Object value) throws ExpressionException {
    return switch (value) {
      case null -> null;
      case NullValue n -> null;
      case Instant i -> OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
      case CelByteString b -> b.toByteArray();
      case UnsignedLong u when u.compareTo(UnsignedLong.valueOf(Long.MAX_VALUE)) <= 0 ->
          u.longValue();
      case UnsignedLong u -> throw new ExpressionException(u + " does not fit a bigint");
      default -> value;
    };
  }
}
