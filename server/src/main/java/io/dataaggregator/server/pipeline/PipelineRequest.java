package io.dataaggregator.server.pipeline;

import io.dataaggregator.server.system.ApiException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A pipeline to create, change or check: either its YAML text in {@code yaml}, or its fields shaped
 * like the YAML file ({@code name, description, source, transforms, destination, quality}), which
 * are stored as YAML.
 *
 * @param comment says why, kept with the version
 * @param baseVersion on change: the version the edit started from; a 409 when another change came
 *     in between
 */
record PipelineRequest(
    @Size(max = 1_000_000) @Schema(description = "The pipeline file; or give its fields instead")
        String yaml,
    String name,
    String description,
    Map<String, Object> source,
    List<Object> transforms,
    Map<String, Object> destination,
    Map<String, Object> quality,
    @Size(max = 2000) String comment,
    @Min(1) Integer baseVersion) {

  static PipelineRequest ofYaml(String yaml, String comment) {
    return new PipelineRequest(yaml, null, null, null, null, null, null, comment, null);
  }

  /** The YAML to store. */
  String toYaml() {
    boolean fields =
        Stream.of(name, description, source, transforms, destination, quality)
            .anyMatch(v -> v != null);
    if (yaml != null) {
      if (fields) {
        throw ApiException.invalid(
            "yaml", "give either yaml or the pipeline's fields (name, source, ...), not both");
      }
      if (yaml.isBlank()) {
        throw ApiException.invalid("yaml", "must not be empty");
      }
      return yaml;
    }
    if (!fields) {
      throw ApiException.invalid(
          "yaml", "is required, or else the pipeline's fields: name, source, destination");
    }
    var file = new LinkedHashMap<String, Object>();
    put(file, "name", name);
    put(file, "description", description);
    put(file, "source", source);
    put(file, "transforms", transforms);
    put(file, "destination", destination);
    put(file, "quality", quality);
    return PipelineYaml.write(file);
  }

  private static void put(Map<String, Object> file, String key, Object value) {
    if (value != null) {
      file.put(key, value);
    }
  }
}
