package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.type.DataType;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The elements of a JSON array value converted to one type: what explode splits a row by. */
final class ArrayElements {
  private final JsonValues reader;

  ArrayElements(DataType type) {
    this.reader = new JsonValues(type, "type");
  }

  /**
   * The converted elements (an element may be null); empty for null, JSON null and {@code []}.
   *
   * @throws CastException when the value is not a JSON array or an element does not convert: the
   *     row is rejected whole, so no parent is ever split partly
   */
  List<Object> of(Object value) throws CastException {
    JsonNode array = value == null ? null : JsonValues.parse(value);
    if (array == null || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw new CastException("is not a JSON array: " + CastException.show(value));
    }
    var elements = new ArrayList<Object>(array.size());
    for (int i = 0; i < array.size(); i++) {
      try {
        elements.add(reader.value(array.get(i)));
      } catch (CastException e) {
        throw new CastException("element " + i + " " + e.getMessage());
      }
    }
    return elements;
  }
}
