package io.dataaggregator.engine.pipeline;

import io.dataaggregator.engine.spi.WriteMode;
import java.util.List;
import java.util.Map;

/**
 * {@code destination:}: a connector (or a stored connection), its config, the write mode and upsert
 * key.
 *
 * @param table the table to write; empty means each stream's own name
 */
public record DestinationSpec(
    Endpoint endpoint, Map<String, Object> config, WriteMode mode, List<String> key, String table) {
  public DestinationSpec {
    config = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(config));
    key = List.copyOf(key);
    table = table == null ? "" : table;
  }
}
