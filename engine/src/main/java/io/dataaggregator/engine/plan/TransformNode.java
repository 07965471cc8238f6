package io.dataaggregator.engine.plan;

import io.dataaggregator.engine.transform.ChildStream;
import io.dataaggregator.engine.transform.ReferenceQuery;
import io.dataaggregator.engine.transform.StepLink;
import io.dataaggregator.engine.transform.Transform;
import java.util.List;
import java.util.Optional;

/**
 * A transform step bound to its config.
 *
 * @param index the step's position in {@code transforms:}, from 0
 * @param pointer where it stands in the pipeline file, for messages
 */
public record TransformNode<C extends Record>(
    int index, Transform<C> transform, C config, String pointer) implements PlanNode {
  public String id() {
    return transform.spec().id();
  }

  /** The reference queries the step reads (lookup's query); empty for most steps. */
  public List<ReferenceQuery> references() {
    return transform.references(config);
  }

  /**
   * The child stream the step makes besides its output (explode's {@code into}), if any.
   *
   * @throws io.dataaggregator.engine.transform.StepConfigException when its settings do not fit
   *     together; a compiled plan has none such
   */
  public Optional<ChildStream> childStream() {
    return transform.childStream(config);
  }

  /** The step as the transform package builds chains from. */
  public StepLink<C> link() {
    return new StepLink<>(transform, config);
  }
}
