package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.TypeKind;
import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads nested JSON values (flatten, explode) as values of a declared type. */
final class JsonValues {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final DataType type;
  private final ValueCaster fromText;

  /** Converts JSON values to {@code type}; text is parsed as cast would with default formats. */
  JsonValues(DataType type, String setting) {
    this.type = type;
    this.fromText = Casts.caster(DataType.STRING, type, CastField.of("", type.toString()), setting);
  }

  static JsonNode parse(Object value) throws CastException {
    String text = value instanceof JsonText j ? j.json() : (String) value;
    try {
      return JSON.readTree(text);
    } catch (JacksonException e) {
      throw new CastException(CastException.show(text) + " is not JSON: " + e.getOriginalMessage());
    }
  }

  /** The node at a dotted path ({@code address.city}, {@code coordinates.0}), or null. */
  static JsonNode at(JsonNode root, String[] path) {
    JsonNode node = root;
    for (String part : path) {
      if (node == null) {
        return null;
      }
      node = node.isArray() && isIndex(part) ? node.get(Integer.parseInt(part)) : node.get(part);
    }
    return node;
  }

  private static boolean isIndex(String part) {
    return !part.isEmpty() && part.length() < 10 && part.chars().allMatch(Character::isDigit);
  }

  /** {@code node} as a value of the type; null and missing give null. */
  Object value(JsonNode node) throws CastException {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    TypeKind kind = type.kind();
    if (kind == TypeKind.JSON) {
      return new JsonText(node.toString());
    }
    if (node.isContainer()) {
      if (kind == TypeKind.STRING) {
        return node.toString();
      }
      throw new CastException(
          "holds a JSON " + (node.isArray() ? "array" : "object") + ", not a " + type);
    }
    if (node.isString()) {
      return fromText.cast(node.stringValue());
    }
    if (kind == TypeKind.STRING) {
      return node.asString();
    }
    if (kind == TypeKind.BOOLEAN && (node.isBoolean() || node.isNumber())) {
      return node.isBoolean() ? node.booleanValue() : zeroOrOne(node);
    }
    if (node.isNumber() && kind != TypeKind.BOOLEAN && kind != TypeKind.BYTES) {
      Object n = node.isIntegralNumber() ? (Object) node.longValue() : node.decimalValue();
      if (kind == TypeKind.INT
          || kind == TypeKind.BIGINT
          || kind == TypeKind.DECIMAL
          || kind == TypeKind.DOUBLE) {
        return kind == TypeKind.DOUBLE ? node.doubleValue() : numeric(n);
      }
    }
    throw new CastException(CastException.show(node) + " is not a " + type);
  }

  /** 0 and 1 as false and true, as JSON from flag-style APIs writes them (USGS tsunami: 0). */
  private static Boolean zeroOrOne(JsonNode node) throws CastException {
    int c = node.decimalValue().compareTo(BigDecimal.ONE);
    if (c == 0) {
      return Boolean.TRUE;
    } else if (node.decimalValue().signum() == 0) {
      return Boolean.FALSE;
    }
    throw new CastException(CastException.show(node) + " is not a boolean (only 0 and 1 are)");
  }

  private Object numeric(Object n) throws CastException {
    return switch (type.kind()) {
      case INT -> Numbers.toInt(n, n);
      case BIGINT -> Numbers.toLong(n, n);
      default -> Numbers.toDecimal(n, type, n);
    };
  }
}
