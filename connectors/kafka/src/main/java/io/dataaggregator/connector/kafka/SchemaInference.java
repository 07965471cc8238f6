package io.dataaggregator.connector.kafka;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.TypeKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Infers value fields from sample JSON objects, in the order fields are first seen: true/false is
 * boolean, whole numbers bigint, other numbers double, text string, objects and arrays json.
 * Integers and doubles mix to double; other mixes become string, or json when an object or array
 * is involved. A field that is only ever null is a string. Not thread-safe.
 */
final class SchemaInference {
  private final Map<String, DataType> types = new LinkedHashMap<>();
  private int samples;

  void add(JsonNode object) {
    samples++;
    for (var e : object.properties()) {
      if (MetaFields.isMeta(e.getKey())) {
        continue;
      }
      DataType seen = typeOf(e.getValue());
      if (!types.containsKey(e.getKey())) {
        types.put(e.getKey(), seen); // null until a non-null value is seen
      } else if (seen != null) {
        DataType known = types.get(e.getKey());
        types.put(e.getKey(), known == null ? seen : widen(known, seen));
      }
    }
  }

  int samples() {
    return samples;
  }

  List<Field> fields() {
    return types.entrySet().stream()
        .map(e -> Field.of(e.getKey(), e.getValue() == null ? DataType.STRING : e.getValue()))
        .toList();
  }

  private static DataType typeOf(JsonNode node) {
    if (node.isNull()) {
      return null;
    }
    if (node.isBoolean()) {
      return DataType.BOOLEAN;
    }
    if (node.isIntegralNumber()) {
      return DataType.BIGINT;
    }
    if (node.isNumber()) {
      return DataType.DOUBLE;
    }
    return node.isString() ? DataType.STRING : DataType.JSON;
  }

  private static DataType widen(DataType a, DataType b) {
    if (a.equals(b)) {
      return a;
    }
    if (numeric(a) && numeric(b)) {
      return DataType.DOUBLE;
    }
    return a.kind() == TypeKind.JSON || b.kind() == TypeKind.JSON ? DataType.JSON : DataType.STRING;
  }

  private static boolean numeric(DataType t) {
    return t.kind() == TypeKind.BIGINT || t.kind() == TypeKind.DOUBLE;
  }
}
