package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Schema;
import java.math.BigDecimal;
import java.util.Base64;

/** Renders a row as a JSON object, the raw text of a rejection, so nothing of the row is lost. */
public final class RowJson {
  private RowJson() {}

  public static String render(Schema schema, Object[] row) {
    var out = new StringBuilder(16 * row.length + 2).append('{');
    for (int i = 0; i < row.length && i < schema.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      quote(out, schema.field(i).name()).append(':');
      value(out, row[i]);
    }
    return out.append('}').toString();
  }

  private static void value(StringBuilder out, Object v) {
    switch (v) {
      case null -> out.append("null");
      case Boolean b -> out.append(b);
      case Integer n -> out.append(n);
      case Long n -> out.append(n);
      case BigDecimal d -> out.append(d.toPlainString());
      case Double d when Double.isFinite(d) -> out.append(d);
      case JsonText j -> out.append(j.json());
      case byte[] bytes -> quote(out, Base64.getEncoder().encodeToString(bytes));
      default -> quote(out, v.toString());
    }
  }

  /** Appends {@code s} as a JSON string literal. */
  public static StringBuilder quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }
}
