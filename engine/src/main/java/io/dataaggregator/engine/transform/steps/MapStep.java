package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Schema;

/**
 * Builds each target row from its plans; rejects rows whose values do not cast or lack a required
 * one.
 */
final class MapStep implements Step {
  /**
   * How one target field is filled.
   *
   * @param source input index, or -1 when only the default fills it
   * @param blankIsNull whether blank input text counts as no value (text cast to another type)
   */
  record Plan(
      String name,
      DataType type,
      int source,
      ValueCaster caster,
      Object fallback,
      boolean required,
      boolean blankIsNull) {}

  private final Schema output;
  private final Plan[] plans;
  private final StepContext context;

  MapStep(Schema output, Plan[] plans, StepContext context) {
    this.output = output;
    this.plans = plans;
    this.context = context;
  }

  @Override
  public Schema output() {
    return output;
  }

  @Override
  public Batch apply(Batch input) {
    var out = new BatchBuilder(input, output, context);
    for (Object[] row : input.rows()) {
      Object[] mapped = new Object[plans.length];
      String failure = null;
      int i = 0;
      for (; i < plans.length && failure == null; i++) {
        try {
          mapped[i] = value(plans[i], row);
          if (mapped[i] == null && plans[i].required()) {
            failure = plans[i].name() + " is required but has no value";
          }
        } catch (CastException e) {
          failure =
              "cannot map to " + plans[i].name() + " (" + plans[i].type() + "): " + e.getMessage();
        }
      }
      if (failure == null) {
        out.add(mapped);
      } else {
        out.reject(row, plans[i - 1].name(), failure);
      }
    }
    return out.build();
  }

  private static Object value(Plan plan, Object[] row) throws CastException {
    Object value = plan.source() < 0 ? null : row[plan.source()];
    if (value != null && plan.blankIsNull() && ((String) value).isBlank()) {
      value = null;
    }
    return value == null ? plan.fallback() : plan.caster().cast(value);
  }
}
