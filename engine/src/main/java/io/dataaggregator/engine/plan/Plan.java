package io.dataaggregator.engine.plan;

import io.dataaggregator.engine.pipeline.QualitySpec;
import io.dataaggregator.engine.pipeline.SourceMap;
import io.dataaggregator.engine.transform.ReferenceReader;
import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.transform.StepLink;
import java.nio.file.Path;
import java.util.List;

/**
 * A pipeline with its connectors and steps bound and configs validated: what a runner executes.
 * The local runner runs it in this JVM; other runners (Spark) translate the same nodes.
 *
 * @param references reads the reference queries of its steps, each once for this plan; a plan
 *     derived from another (other streams, a tapped destination) keeps the same reader
 */
public record Plan(
    String name,
    SourceNode<?> source,
    List<TransformNode<?>> transforms,
    DestinationNode<?> destination,
    QualitySpec quality,
    SourceMap sourceMap,
    Path baseDirectory,
    ReferenceReader references) {
  public Plan {
    transforms = List.copyOf(transforms);
  }

  public List<StepLink<?>> links() {
    return transforms.stream().<StepLink<?>>map(TransformNode::link).toList();
  }

  /**
   * What the steps of {@code stream} may know: where relative paths start, the environment, the
   * reader of reference queries.
   */
  public StepContext stepContext(String stream) {
    return StepContext.of(stream).withBaseDirectory(baseDirectory).withReferences(references);
  }
}
