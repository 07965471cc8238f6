package io.dataaggregator.connector.file.csv;

import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.DataType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code columns} setting with its type names parsed, in the order written. */
record CsvColumns(Map<String, DataType> types) {
  static CsvColumns of(Map<String, String> columns) {
    var types = new LinkedHashMap<String, DataType>();
    columns.forEach(
        (name, type) -> {
          try {
            types.put(name, DataType.parse(type == null ? "" : type));
          } catch (IllegalArgumentException e) {
            throw new ConnectorException(
                CsvErrorCode.BAD_COLUMNS, "columns." + name + ": " + e.getMessage());
          }
        });
    return new CsvColumns(types);
  }

  boolean isEmpty() {
    return types.isEmpty();
  }

  int size() {
    return types.size();
  }

  List<String> names() {
    return List.copyOf(types.keySet());
  }

  DataType typeOf(String name) {
    return types.get(name);
  }
}
