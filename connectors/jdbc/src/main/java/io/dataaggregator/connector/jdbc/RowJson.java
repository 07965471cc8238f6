package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Schema;
import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.LinkedHashMap;

/** A row rendered as a JSON object, the raw text of a rejection. Not on the hot path. */
final class RowJson {
  private RowJson() {}

  static String render(Schema schema, Object[] row) {
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i < schema.size() && row != null && i < row.length; i++) {
      map.put(schema.field(i).name(), jsonValue(row[i]));
    }
    return ConfigBinder.MAPPER.writeValueAsString(map);
  }

  private static Object jsonValue(Object v) {
    return switch (v) {
      case null -> null;
      case Boolean b -> b;
      case Integer i -> i;
      case Long l -> l;
      case Double d -> d.isNaN() || d.isInfinite() ? d.toString() : d;
      case BigDecimal d -> d.toPlainString();
      case byte[] b -> "\\x" + HexFormat.of().formatHex(b);
      case JsonText j -> j.json();
      default -> v.toString();
    };
  }
}
