package io.dataaggregator.connector.http;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.JsonText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * A JSON value as the Java value of a {@link DataType}, or a {@link BadValue} saying why not. Never
 * loses information silently: decimals are exact, a fraction is not cut to a whole number, a
 * timestamp's offset is not dropped.
 */
final class ValueConverter {
  /** A value that does not fit its field's type; the reason is a sentence for the quarantine. */
  static final class BadValue extends Exception {
    BadValue(String reason) {
      super(reason, null, false, false);
    }
  }

  private ValueConverter() {}

  static Object convert(JsonNode v, DataType type) throws BadValue {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    return switch (type.kind()) {
      case STRING -> v.isString() ? v.asString() : v.isValueNode() ? v.asString() : v.toString();
      case JSON -> new JsonText(v.toString());
      case BOOLEAN -> bool(v);
      case INT -> (int) whole(v, type);
      case BIGINT -> whole(v, type);
      case DECIMAL -> decimal(v, type);
      case DOUBLE -> v.isNumber() ? v.doubleValue() : parse(v, type, Double::parseDouble);
      case DATE -> parse(v, type, LocalDate::parse);
      case TIME -> parse(v, type, LocalTime::parse);
      case TIMESTAMP -> timestamp(v, type, LocalDateTime.class, "has a time zone offset; declare the field timestamp_tz");
      case TIMESTAMP_TZ -> timestamp(v, type, OffsetDateTime.class, "has no time zone offset; declare the field timestamp");
      case BYTES -> parse(v, type, Base64.getDecoder()::decode);
    };
  }

  private static Boolean bool(JsonNode v) throws BadValue {
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    String s = v.asString("").trim().toLowerCase(Locale.ROOT);
    if (s.equals("true") || s.equals("false")) {
      return Boolean.valueOf(s);
    }
    throw bad(v, DataType.BOOLEAN);
  }

  private static long whole(JsonNode v, DataType type) throws BadValue {
    BigDecimal d = number(v, type).stripTrailingZeros();
    if (d.scale() > 0) {
      throw new BadValue(text(v) + " is not a whole number, so it does not fit " + type);
    }
    try {
      long l = d.longValueExact();
      if (type.equals(DataType.INT) && (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE)) {
        throw new BadValue(text(v) + " is out of range for int");
      }
      return l;
    } catch (ArithmeticException e) {
      throw new BadValue(text(v) + " is out of range for " + type);
    }
  }

  private static BigDecimal decimal(JsonNode v, DataType type) throws BadValue {
    BigDecimal d = number(v, type);
    if (d.stripTrailingZeros().scale() > type.scale()) {
      throw new BadValue(text(v) + " has more decimal places than " + type + " keeps");
    }
    BigDecimal scaled = d.setScale(type.scale());
    if (scaled.precision() - scaled.scale() > type.precision() - type.scale()) {
      throw new BadValue(text(v) + " is too large for " + type);
    }
    return scaled;
  }

  private static BigDecimal number(JsonNode v, DataType type) throws BadValue {
    if (v.isNumber()) {
      return v.decimalValue();
    }
    return parse(v, type, s -> new BigDecimal(s.trim()));
  }

  private static <T> T timestamp(JsonNode v, DataType type, Class<T> want, String otherKind) throws BadValue {
    Object ts = Temporals.timestamp(v.asString("")).orElseThrow(() -> bad(v, type));
    if (!want.isInstance(ts)) {
      throw new BadValue(text(v) + " " + otherKind);
    }
    return want.cast(ts);
  }

  private interface Parser<T> {
    T parse(String s);
  }

  private static <T> T parse(JsonNode v, DataType type, Parser<T> parser) throws BadValue {
    if (!v.isValueNode()) {
      throw bad(v, type);
    }
    try {
      return parser.parse(v.asString());
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw bad(v, type);
    }
  }

  private static BadValue bad(JsonNode v, DataType type) {
    return new BadValue(text(v) + " is not a valid " + type);
  }

  private static String text(JsonNode v) {
    String s = v.isString() ? "'" + v.asString() + "'" : v.toString();
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
