package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.transform.Transform;
import io.dataaggregator.engine.type.Schema;

/**
 * A transform whose steps need their context; without one they run in {@code StepContext.of("")}.
 */
abstract class ContextualTransform<C extends Record> implements Transform<C> {
  @Override
  public final Step create(C config, Schema input) {
    return create(config, input, StepContext.of(""));
  }

  @Override
  public abstract Step create(C config, Schema input, StepContext context);
}
