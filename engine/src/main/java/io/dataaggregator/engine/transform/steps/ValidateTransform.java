package io.dataaggregator.engine.transform.steps;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.transform.Transform;
import io.dataaggregator.engine.transform.TransformSpec;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

/**
 * {@code validate}: checks fields against rules (not_null, regex, range, one_of, length, unique in
 * the run). A broken rule rejects the row with every reason, warns (the row passes and is counted),
 * or fails the run, as the rule's action says.
 */
@AutoService(Transform.class)
public final class ValidateTransform extends ContextualTransform<ValidateConfig> {
  @Override
  public TransformSpec<ValidateConfig> spec() {
    return new TransformSpec<>(
        "validate",
        "Validate",
        "Checks fields (not_null, regex, range, one_of, length, unique) and rejects, warns or"
            + " fails on rows that break them.",
        ValidateConfig.class);
  }

  @Override
  public Object expand(Object written) {
    if (Shorthand.isLongForm(written, Set.of("rules"))) {
      Object rules = ((Map<?, ?>) written).get("rules");
      return rules instanceof Map<?, ?> m
          ? Map.of("rules", Shorthand.entries(m, "field", "not_null"))
          : written;
    }
    return written instanceof Map<?, ?> m
        ? Map.of("rules", Shorthand.entries(m, "field", "not_null"))
        : written;
  }

  @Override
  public Step create(ValidateConfig config, Schema input, StepContext context) {
    var rules = new ArrayList<ValidateStep.CompiledRule>();
    for (int i = 0; i < config.rules().size(); i++) {
      ValidateConfig.Rule rule = config.rules().get(i);
      String setting = "rules[" + i + "]";
      int index = Fields.require(input, rule.field(), setting + ".field");
      rules.add(
          new ValidateStep.CompiledRule(index, rule, Checks.of(rule, input.field(index), setting)));
    }
    return new ValidateStep(input, rules, context);
  }
}
