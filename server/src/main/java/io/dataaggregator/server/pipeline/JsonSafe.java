package io.dataaggregator.server.pipeline;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.type.JsonText;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;

/**
 * Engine values as JSON a browser reads without loss: exact decimals and integers beyond 2^53 as
 * text, times as ISO-8601 text, bytes as base64, nested JSON as JSON, NaN and infinities as text.
 */
final class JsonSafe {
  private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  private JsonSafe() {}

  static Object value(Object v) {
    return switch (v) {
      case null -> null;
      case Boolean b -> b;
      case Integer i -> i;
      case Long l -> Math.abs(l) <= MAX_SAFE_INTEGER ? l : l.toString();
      case Double d -> Double.isFinite(d) ? d : d.toString();
      case Float f -> Float.isFinite(f) ? f : f.toString();
      case BigDecimal d -> d.toPlainString();
      case String s -> s;
      case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
      case JsonText json -> nested(json.json());
      case TemporalAccessor t -> t.toString();
      default -> v.toString();
    };
  }

  static Object[] row(Object[] row) {
    Object[] out = new Object[row.length];
    for (int i = 0; i < row.length; i++) {
      out[i] = value(row[i]);
    }
    return out;
  }

  private static Object nested(String json) {
    try {
      return ConfigBinder.MAPPER.readTree(json);
    } catch (RuntimeException e) {
      return json; // not valid JSON after all: show the text
    }
  }
}
