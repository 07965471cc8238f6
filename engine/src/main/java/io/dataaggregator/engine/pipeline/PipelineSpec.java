package io.dataaggregator.engine.pipeline;

import java.util.List;
import java.util.Objects;

/**
 * A pipeline as written in its YAML file, before connectors are bound. The file's top-level keys
 * are the components' names: {@code name, source, transforms, destination, quality}.
 */
public record PipelineSpec(
    String name,
    SourceSpec source,
    List<StepSpec> transforms,
    DestinationSpec destination,
    QualitySpec quality,
    SourceMap sourceMap) {
  public PipelineSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    transforms = List.copyOf(transforms);
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(quality, "quality");
    Objects.requireNonNull(sourceMap, "sourceMap");
  }
}
