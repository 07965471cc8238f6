package io.dataaggregator.engine.transform.steps;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.Transform;
import io.dataaggregator.engine.transform.TransformSpec;
import io.dataaggregator.engine.type.Schema;
import java.util.Map;
import java.util.Set;

/** {@code select}: keeps the listed fields in the listed order. Written as a list of names. */
@AutoService(Transform.class)
public final class SelectTransform implements Transform<SelectConfig> {
  @Override
  public TransformSpec<SelectConfig> spec() {
    return new TransformSpec<>(
        "select",
        "Select fields",
        "Keeps the listed fields, in that order, and drops the rest.",
        SelectConfig.class);
  }

  @Override
  public Object expand(Object written) {
    return Shorthand.isLongForm(written, Set.of("fields"))
        ? written
        : Shorthand.under("fields", Shorthand.list(written));
  }

  @Override
  public Step create(SelectConfig config, Schema input) {
    Fields.requireDistinct(config.fields(), "fields");
    return new ProjectStep(input, Fields.require(input, config.fields(), "fields"));
  }
}
