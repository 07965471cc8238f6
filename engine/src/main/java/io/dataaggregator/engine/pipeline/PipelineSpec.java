package io.dataaggregator.engine.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A pipeline as written in its YAML file, before connectors are bound. The file's top-level keys
 * are the components' names: {@code name, source, transforms, destination, quality}.
 *
 * @param baseDirectory where relative paths in step configs start (the working directory for the CLI)
 */
public record PipelineSpec(
    String name,
    SourceSpec source,
    List<StepSpec> transforms,
    DestinationSpec destination,
    QualitySpec quality,
    SourceMap sourceMap,
    Path baseDirectory) {
  public PipelineSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    transforms = List.copyOf(transforms);
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(quality, "quality");
    Objects.requireNonNull(sourceMap, "sourceMap");
    Objects.requireNonNull(baseDirectory, "baseDirectory");
  }
}
