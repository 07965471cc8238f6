package io.dataaggregator.connector.file;

import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ErrorCode;
import io.dataaggregator.engine.type.DataType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@code columns} setting (column name to type name) with its types parsed, in written order. */
public record ColumnTypes(Map<String, DataType> types) {
  public ColumnTypes {
    types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
  }

  /**
   * Parses type names with {@link DataType#parse}.
   *
   * @throws ConnectorException with {@code code}, naming the column, for an unknown type name
   */
  public static ColumnTypes of(Map<String, String> columns, ErrorCode code) {
    var types = new LinkedHashMap<String, DataType>();
    columns.forEach(
        (name, type) -> {
          try {
            types.put(name, DataType.parse(type == null ? "" : type));
          } catch (IllegalArgumentException e) {
            throw new ConnectorException(code, "columns." + name + ": " + e.getMessage());
          }
        });
    return new ColumnTypes(types);
  }

  public boolean isEmpty() {
    return types.isEmpty();
  }

  public int size() {
    return types.size();
  }

  public List<String> names() {
    return List.copyOf(types.keySet());
  }

  /** The configured type of {@code name}, or null. */
  public DataType typeOf(String name) {
    return types.get(name);
  }
}
