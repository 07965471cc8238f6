package io.dataaggregator.server.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Pipeline YAML as text and as plain values: the JSON form of a pipeline written out as the file
 * users would write, and a stored file read back for the API's {@code spec}. {@code ${VAR}} stays
 * as written both ways. Stateless and thread-safe.
 */
final class PipelineYaml {
  private static final DumpSettings DUMP =
      DumpSettings.builder()
          .setDefaultFlowStyle(FlowStyle.BLOCK)
          .setIndent(2)
          .setIndicatorIndent(0)
          .build();

  private PipelineYaml() {}

  /** Writes {@code pipeline} (top-level keys in the file's usual order) as block YAML. */
  static String write(Map<String, Object> pipeline) {
    return new Dump(DUMP).dumpToString(pipeline);
  }

  /** The file as plain maps, lists and scalars; null when it is not a YAML map. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> read(String yaml) {
    try {
      Object value =
          new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build())
              .loadFromString(yaml);
      return value instanceof Map<?, ?> map ? (Map<String, Object>) stringKeys(map) : null;
    } catch (YamlEngineException e) {
      return null;
    }
  }

  /** The {@code description:} of a pipeline file, or null. */
  static String description(String yaml) {
    Map<String, Object> map = read(yaml);
    Object d = map == null ? null : map.get("description");
    return d == null ? null : String.valueOf(d);
  }

  private static Object stringKeys(Object value) {
    if (value instanceof Map<?, ?> map) {
      var out = new LinkedHashMap<String, Object>();
      map.forEach((k, v) -> out.put(String.valueOf(k), stringKeys(v)));
      return out;
    }
    if (value instanceof java.util.List<?> list) {
      return list.stream().map(PipelineYaml::stringKeys).toList();
    }
    return value;
  }
}
