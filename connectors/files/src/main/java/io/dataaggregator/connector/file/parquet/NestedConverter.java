package io.dataaggregator.connector.file.parquet;

import io.dataaggregator.connector.file.JsonTrees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.Type;

/**
 * Assembles one Parquet group (a struct, a LIST or a MAP) into plain Java values for {@link
 * JsonTrees}: a struct becomes a map of its fields (a repeated field a list), a LIST the list of
 * its elements, a MAP a map from the keys' text to the values. Used by one thread.
 */
final class NestedConverter extends GroupConverter {
  private final GroupType type;
  private final Converter[] children;
  private final Consumer<Object> parent;
  private Map<String, Object> current;

  NestedConverter(GroupType type, Consumer<Object> parent) {
    this.type = type;
    this.parent = parent;
    this.children = new Converter[type.getFieldCount()];
    for (int i = 0; i < children.length; i++) {
      Type field = type.getType(i);
      String name = field.getName();
      boolean repeated = field.isRepetition(Type.Repetition.REPEATED);
      Consumer<Object> slot = v -> put(name, v, repeated);
      children[i] = converter(field, slot);
    }
  }

  /** The converter of a field of any kind, handing its values to {@code sink}. */
  static Converter converter(Type field, Consumer<Object> sink) {
    return field.isPrimitive()
        ? new ColumnConverter(field.asPrimitiveType(), sink)
        : new NestedConverter(field.asGroupType(), sink);
  }

  @SuppressWarnings("unchecked")
  private void put(String name, Object value, boolean repeated) {
    if (repeated) {
      ((List<Object>) current.computeIfAbsent(name, k -> new ArrayList<>())).add(value);
    } else {
      current.put(name, value);
    }
  }

  @Override
  public Converter getConverter(int fieldIndex) {
    return children[fieldIndex];
  }

  @Override
  public void start() {
    current = new LinkedHashMap<>();
  }

  @Override
  public void end() {
    LogicalTypeAnnotation a = type.getLogicalTypeAnnotation();
    if (a instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation) {
      parent.accept(list());
    } else if (a instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation
        || a instanceof LogicalTypeAnnotation.MapKeyValueTypeAnnotation) {
      parent.accept(map());
    } else {
      parent.accept(current);
    }
  }

  /** The elements of a LIST: its repeated child's values, unwrapped from one-field groups. */
  @SuppressWarnings("unchecked")
  private List<Object> list() {
    if (type.getFieldCount() != 1) {
      return new ArrayList<>(current.values());
    }
    Type repeated = type.getType(0);
    List<Object> items = (List<Object>) current.getOrDefault(repeated.getName(), List.of());
    if (repeated.isPrimitive() || repeated.asGroupType().getFieldCount() != 1) {
      return items;
    }
    String element = repeated.asGroupType().getType(0).getName();
    var out = new ArrayList<>(items.size());
    for (Object item : items) {
      out.add(((Map<String, Object>) item).get(element));
    }
    return out;
  }

  /** A MAP's key/value pairs as a map from the keys' text. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> map() {
    var out = new LinkedHashMap<String, Object>();
    if (type.getFieldCount() != 1 || type.getType(0).isPrimitive()) {
      return current;
    }
    GroupType pair = type.getType(0).asGroupType();
    String key = pair.getType(0).getName();
    String value = pair.getFieldCount() > 1 ? pair.getType(1).getName() : null;
    for (Object entry : (List<Object>) current.getOrDefault(pair.getName(), List.of())) {
      var kv = (Map<String, Object>) entry;
      out.put(JsonTrees.keyText(kv.get(key)), value == null ? null : kv.get(value));
    }
    return out;
  }
}
