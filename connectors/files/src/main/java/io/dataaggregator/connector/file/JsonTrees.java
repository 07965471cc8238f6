package io.dataaggregator.connector.file;

import io.dataaggregator.engine.type.JsonText;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Renders plain Java trees (nested Parquet groups, XML elements) as JSON text: maps as objects,
 * lists as arrays, numbers and booleans as such (decimals exact), JSON values embedded, and
 * everything else (dates, times, bytes) as the strings {@link TextValues#render} makes.
 * Thread-safe.
 */
public final class JsonTrees {
  private JsonTrees() {}

  /** {@code value} (a map, list or engine value) as one JSON value. */
  public static JsonText render(Object value) {
    var out = new StringWriter();
    try (JsonGenerator json = JsonTexts.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      write(json, value);
    }
    return new JsonText(out.toString());
  }

  /** A map key's text: strings as they are, other keys rendered. */
  public static String keyText(Object key) {
    return key instanceof String s ? s : String.valueOf(TextValues.render(key));
  }

  @SuppressWarnings("unchecked")
  private static void write(JsonGenerator json, Object value) {
    switch (value) {
      case null -> json.writeNull();
      case Map<?, ?> map -> {
        json.writeStartObject();
        for (var e : ((Map<String, Object>) map).entrySet()) {
          json.writeName(e.getKey());
          write(json, e.getValue());
        }
        json.writeEndObject();
      }
      case List<?> list -> {
        json.writeStartArray();
        for (Object item : list) {
          write(json, item);
        }
        json.writeEndArray();
      }
      case Boolean b -> json.writeBoolean(b);
      case Integer n -> json.writeNumber(n);
      case Long n -> json.writeNumber(n);
      case BigDecimal d -> json.writeNumber(d.toPlainString());
      case Double d when d.isNaN() || d.isInfinite() -> json.writeString(d.toString());
      case Double d -> json.writeNumber(d);
      case JsonText j -> json.writeRawValue(j.json());
      default -> json.writeString(TextValues.render(value));
    }
  }
}
