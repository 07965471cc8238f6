package io.dataaggregator.engine.pipeline;

import java.util.List;
import java.util.Map;

/**
 * {@code source:}: a connector (or a stored connection), its config, and the streams to read (empty:
 * all).
 */
public record SourceSpec(Endpoint endpoint, Map<String, Object> config, List<StreamSelection> streams) {
  public SourceSpec {
    config = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(config));
    streams = List.copyOf(streams);
  }
}
