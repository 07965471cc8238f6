package io.dataaggregator.engine.transform.steps;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.transform.Transform;
import io.dataaggregator.engine.transform.TransformSpec;
import io.dataaggregator.engine.type.Schema;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/** {@code drop}: removes the listed fields. Written as a list of names. */
@AutoService(Transform.class)
public final class DropTransform implements Transform<DropConfig> {
  @Override
  public TransformSpec<DropConfig> spec() {
    return new TransformSpec<>(
        "drop",
        "Drop fields",
        "Removes the listed fields and keeps the rest in order.",
        DropConfig.class);
  }

  @Override
  public Object expand(Object written) {
    return Shorthand.isLongForm(written, Set.of("fields"))
        ? written
        : Shorthand.under("fields", Shorthand.list(written));
  }

  @Override
  public Step create(DropConfig config, Schema input) {
    var dropped = new HashSet<Integer>();
    for (int i : Fields.require(input, config.fields(), "fields")) {
      dropped.add(i);
    }
    if (dropped.size() == input.size()) {
      throw new StepConfigException(
          "fields", "fields: dropping every field leaves nothing to write");
    }
    int[] kept = IntStream.range(0, input.size()).filter(i -> !dropped.contains(i)).toArray();
    return new ProjectStep(input, kept);
  }
}
