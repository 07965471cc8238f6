package io.dataaggregator.connector.kafka;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.JsonText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Converts between JSON values and the engine's Java values, both ways, by {@link DataType}.
 * Numbers are parsed as {@link BigDecimal} so decimals never pass through double. Dates and times
 * are ISO-8601 text, bytes are base64 text, nested values are JSON.
 */
final class JsonValues {
  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private JsonValues() {}

  /**
   * {@code node} as a value of {@code type}; null for JSON null or an absent field.
   *
   * @throws IllegalArgumentException saying what was expected and what was found
   */
  static Object read(JsonNode node, DataType type) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    try {
      return convert(node, type);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "expected " + type + ", found " + shorten(node.toString()) + " (" + e.getMessage() + ")");
    }
  }

  private static Object convert(JsonNode node, DataType type) {
    return switch (type.kind()) {
      case BOOLEAN -> bool(node);
      case INT -> number(node).intValueExact();
      case BIGINT -> number(node).longValueExact();
      case DECIMAL -> decimal(number(node), type);
      case DOUBLE -> node.isNumber() ? node.doubleValue() : Double.parseDouble(text(node));
      case STRING -> node.isString() ? node.stringValue() : node.isValueNode() ? node.asString() : node.toString();
      case DATE -> LocalDate.parse(text(node));
      case TIME -> LocalTime.parse(text(node));
      case TIMESTAMP -> LocalDateTime.parse(text(node).replace(' ', 'T'));
      case TIMESTAMP_TZ -> node.isIntegralNumber()
          ? Instant.ofEpochMilli(node.longValue()).atOffset(ZoneOffset.UTC)
          : OffsetDateTime.parse(text(node).replace(' ', 'T'));
      case BYTES -> Base64.getDecoder().decode(text(node));
      case JSON -> new JsonText(node.toString());
    };
  }

  private static Boolean bool(JsonNode node) {
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return switch (text(node).toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("not true or false");
    };
  }

  private static BigDecimal number(JsonNode node) {
    return node.isNumber() ? node.decimalValue() : new BigDecimal(text(node).trim());
  }

  private static BigDecimal decimal(BigDecimal value, DataType type) {
    BigDecimal scaled = value.setScale(type.scale(), RoundingMode.UNNECESSARY);
    if (scaled.precision() - scaled.scale() > type.precision() - type.scale()) {
      throw new ArithmeticException("too many digits before the decimal point");
    }
    return scaled;
  }

  private static String text(JsonNode node) {
    if (!node.isString()) {
      throw new IllegalArgumentException("not a string");
    }
    return node.stringValue();
  }

  static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  /** Writes {@code value} (a Java value of the engine's types, or null) as JSON. */
  static void write(JsonGenerator g, Object value) {
    switch (value) {
      case null -> g.writeNull();
      case Boolean b -> g.writeBoolean(b);
      case Integer i -> g.writeNumber(i);
      case Long l -> g.writeNumber(l);
      case BigDecimal d -> g.writeNumber(d);
      case Double d when d.isNaN() || d.isInfinite() -> g.writeString(d.toString());
      case Double d -> g.writeNumber(d);
      case String s -> g.writeString(s);
      case byte[] bytes -> g.writeBinary(bytes);
      case JsonText json -> g.writeRawValue(json.json());
      case TemporalAccessor t -> g.writeString(t.toString());
      default -> g.writeString(value.toString());
    }
  }

  /** {@code value} as plain text, for keys and headers: strings as they are, others as JSON. */
  static String plain(Object value) {
    return switch (value) {
      case String s -> s;
      case BigDecimal d -> d.toPlainString();
      case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
      default -> value.toString();
    };
  }
}
