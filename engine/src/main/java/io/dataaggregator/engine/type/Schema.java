package io.dataaggregator.engine.type;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The ordered fields of a stream. Field names are unique. */
public record Schema(List<Field> fields) {
  public Schema {
    fields = List.copyOf(fields);
    var seen = new HashMap<String, Integer>();
    for (Field f : fields) {
      if (seen.put(f.name(), 1) != null) {
        throw new IllegalArgumentException("duplicate field name '" + f.name() + "'");
      }
    }
  }

  public static Schema of(Field... fields) {
    return new Schema(List.of(fields));
  }

  public int size() {
    return fields.size();
  }

  public Field field(int index) {
    return fields.get(index);
  }

  public List<String> names() {
    return fields.stream().map(Field::name).toList();
  }

  public OptionalInt indexOf(String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(name)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** Index of {@code name}, or an exception naming the fields that do exist. */
  public int require(String name) {
    return indexOf(name)
        .orElseThrow(
            () -> new IllegalArgumentException("unknown field '" + name + "'; fields are " + names()));
  }

  public Map<String, Field> byName() {
    var map = new HashMap<String, Field>();
    fields.forEach(f -> map.put(f.name(), f));
    return map;
  }
}
