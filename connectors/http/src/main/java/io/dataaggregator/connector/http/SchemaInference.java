package io.dataaggregator.connector.http;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.engine.type.TypeKind;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A stream's schema from a sample of its (shaped) records. Rules: booleans are boolean; whole
 * numbers bigint (decimal(38,0) past its range); other numbers double; strings that are all ISO
 * dates are date, ISO timestamps with an offset timestamp_tz, without one timestamp, other strings
 * string; objects and arrays json. Mixed whole and fractional numbers make double, json mixed with
 * anything stays json, other mixes are string. XML has only text, so there numbers and booleans
 * are also recognised in strings (without leading zeros, which would be lost). A field that is null
 * throughout the sample is a string. Every field is nullable. Declared types win.
 */
final class SchemaInference {
  private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9]\\d{0,17})");
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)\\.\\d+([eE][-+]?\\d+)?");
  private static final DataType WIDE_WHOLE = DataType.decimal(DataType.MAX_PRECISION, 0);

  private SchemaInference() {}

  static Schema infer(Collection<? extends JsonNode> sample, Map<String, String> declared, boolean textOnly) {
    var guesses = new LinkedHashMap<String, DataType>();
    for (JsonNode record : sample) {
      for (Map.Entry<String, JsonNode> e : record.properties()) {
        DataType t = guess(e.getValue(), textOnly);
        DataType prev = guesses.get(e.getKey());
        guesses.put(e.getKey(), prev == null ? t : t == null ? prev : merge(prev, t));
      }
    }
    declared.keySet().forEach(name -> guesses.putIfAbsent(name, null));
    var fields = new ArrayList<Field>();
    guesses.forEach((name, type) -> {
      String d = declared.get(name);
      DataType t = d != null ? DataType.parse(d) : type == null ? DataType.STRING : type;
      fields.add(Field.of(name, t));
    });
    return new Schema(fields);
  }

  /** The type one value suggests; null when it suggests none (null). */
  static DataType guess(JsonNode v, boolean textOnly) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isBoolean()) {
      return DataType.BOOLEAN;
    }
    if (v.isIntegralNumber()) {
      return v.canConvertToLong() ? DataType.BIGINT : WIDE_WHOLE;
    }
    if (v.isNumber()) {
      return DataType.DOUBLE;
    }
    if (v.isString()) {
      return guessText(v.asString(), textOnly);
    }
    return DataType.JSON;
  }

  private static DataType guessText(String s, boolean textOnly) {
    if (textOnly) {
      if (s.equals("true") || s.equals("false")) {
        return DataType.BOOLEAN;
      }
      if (WHOLE.matcher(s).matches()) {
        return DataType.BIGINT;
      }
      if (NUMBER.matcher(s).matches()) {
        return DataType.DOUBLE;
      }
    }
    if (Temporals.date(s).isPresent()) {
      return DataType.DATE;
    }
    var ts = Temporals.timestamp(s);
    if (ts.isPresent()) {
      return ts.get() instanceof OffsetDateTime ? DataType.TIMESTAMP_TZ : DataType.TIMESTAMP;
    }
    return DataType.STRING;
  }

  static DataType merge(DataType a, DataType b) {
    if (a.equals(b)) {
      return a;
    }
    if (a.kind() == TypeKind.JSON || b.kind() == TypeKind.JSON) {
      return DataType.JSON;
    }
    if (whole(a) && whole(b)) {
      return WIDE_WHOLE;
    }
    if ((whole(a) || a.kind() == TypeKind.DOUBLE) && (whole(b) || b.kind() == TypeKind.DOUBLE)) {
      return DataType.DOUBLE;
    }
    return DataType.STRING;
  }

  private static boolean whole(DataType t) {
    return t.kind() == TypeKind.BIGINT || t.equals(WIDE_WHOLE);
  }
}
