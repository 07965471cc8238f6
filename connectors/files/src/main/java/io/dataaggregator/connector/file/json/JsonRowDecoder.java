package io.dataaggregator.connector.file.json;

import io.dataaggregator.connector.file.BadValueException;
import io.dataaggregator.connector.file.JsonTexts;
import io.dataaggregator.connector.file.TextValues;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.engine.type.TypeKind;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Turns one JSON object (as bytes) into a row of the stream's schema with Jackson's streaming
 * parser. Keys the schema lacks are skipped; nested objects and arrays are kept as their original
 * JSON text. Scalars convert by the column's type: JSON numbers and booleans directly, strings
 * through {@link TextValues} (so a string column of ISO dates can be typed {@code date}).
 */
final class JsonRowDecoder {
  private final Map<String, Integer> index = new HashMap<>();
  private final DataType[] types;

  JsonRowDecoder(Schema schema) {
    types = new DataType[schema.size()];
    for (int i = 0; i < schema.size(); i++) {
      index.put(schema.field(i).name(), i);
      types[i] = schema.field(i).type();
    }
  }

  /** Thrown for a valid JSON value that is not an object, or a value that misfits its column. */
  static final class Misfit extends RuntimeException {
    final String field;

    Misfit(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }
  }

  /**
   * The row of the object in {@code b[off, off + len)}.
   *
   * @throws tools.jackson.core.JacksonException when the bytes are not valid JSON
   * @throws Misfit when the value is not an object or a value does not fit its column
   */
  Object[] decode(byte[] b, int off, int len) {
    try (JsonParser p = JsonTexts.FACTORY.createParser(ObjectReadContext.empty(), b, off, len)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        throw new Misfit("", "not a JSON object but " + describe(t));
      }
      Object[] row = new Object[types.length];
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        Integer i = index.get(p.currentName());
        JsonToken value = p.nextToken();
        if (i == null) {
          p.skipChildren();
        } else {
          row[i] = value(p, value, types[i], b, off, p.currentName());
        }
      }
      if (p.nextToken() != null) {
        throw new Misfit("", "text after the end of the object");
      }
      return row;
    }
  }

  private static Object value(
      JsonParser p, JsonToken t, DataType type, byte[] b, int off, String name) {
    TypeKind kind = type.kind();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (kind == TypeKind.JSON) {
      return new JsonText(raw(p, t, b, off));
    }
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      String json = raw(p, t, b, off);
      if (kind == TypeKind.STRING) {
        return json;
      }
      throw new Misfit(name, TextValues.bad(json, type).getMessage());
    }
    try {
      return scalar(p, t, type);
    } catch (BadValueException e) {
      throw new Misfit(name, e.getMessage());
    }
  }

  private static Object scalar(JsonParser p, JsonToken t, DataType type) {
    switch (type.kind()) {
      case BIGINT -> {
        if (t == JsonToken.VALUE_NUMBER_INT
            && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
          return p.getLongValue();
        }
      }
      case INT -> {
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
          return p.getIntValue();
        }
      }
      case DOUBLE -> {
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          return p.getDoubleValue();
        }
      }
      case BOOLEAN -> {
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
          return t == JsonToken.VALUE_TRUE;
        }
      }
      default -> {
        // Everything else, strings included, goes through the one text conversion.
      }
    }
    return TextValues.parse(p.getString(), type);
  }

  /** The original JSON text of the current value (nested structures included). */
  private static String raw(JsonParser p, JsonToken t, byte[] b, int off) {
    long from = p.currentTokenLocation().getByteOffset();
    if (t.isStructStart()) {
      p.skipChildren();
    } else {
      p.finishToken();
    }
    long to = p.currentLocation().getByteOffset();
    return new String(b, off + (int) from, (int) (to - from), StandardCharsets.UTF_8);
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> String.valueOf(t);
    };
  }
}
