package io.dataaggregator.engine.plan;

import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.Transform;
import io.dataaggregator.engine.type.Schema;

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

  public Step create(Schema input) {
    return transform.create(config, input);
  }
}
