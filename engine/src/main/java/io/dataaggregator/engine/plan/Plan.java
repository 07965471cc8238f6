package io.dataaggregator.engine.plan;

import io.dataaggregator.engine.pipeline.QualitySpec;
import io.dataaggregator.engine.pipeline.SourceMap;
import java.util.List;

/**
 * A pipeline with its connectors and steps bound and configs validated: what a runner executes.
 * The local runner runs it in this JVM; other runners (Spark) translate the same nodes.
 */
public record Plan(
    String name,
    SourceNode<?> source,
    List<TransformNode<?>> transforms,
    DestinationNode<?> destination,
    QualitySpec quality,
    SourceMap sourceMap) {
  public Plan {
    transforms = List.copyOf(transforms);
  }
}
