package io.dataaggregator.engine.transform;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.spi.Registry;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a pipeline before it meets its input: the transform and its bound config.
 *
 * @param <C> the transform's config record
 */
public record StepLink<C extends Record>(Transform<C> transform, C config) {
  public StepLink {
    Objects.requireNonNull(transform, "transform");
    Objects.requireNonNull(config, "config");
  }

  /**
   * Binds what a pipeline file says after the step's id: expands the shorthand, then validates and
   * binds the config record.
   *
   * @param index the step's position in {@code transforms}, from 0, for messages
   * @throws io.dataaggregator.engine.config.InvalidConfigException naming the step and every
   *     problem
   */
  public static <C extends Record> StepLink<C> bind(
      Transform<C> transform, Object written, int index) {
    TransformSpec<C> spec = transform.spec();
    Object expanded = transform.expand(written);
    String what = "step " + (index + 1) + " (" + spec.id() + ")";
    return new StepLink<>(transform, ConfigBinder.bind(expanded, spec.configType(), what));
  }

  /**
   * Binds the {@code transforms:} list of a pipeline file: each entry a one-key map from a
   * transform id to its config ({@code - cast: {delay: int}}).
   *
   * @throws StepConfigException for an entry that is not a one-key map or names no transform
   * @throws io.dataaggregator.engine.config.InvalidConfigException for a config that does not fit
   */
  public static List<StepLink<?>> parse(Registry registry, List<?> transforms) {
    var links = new ArrayList<StepLink<?>>(transforms.size());
    for (int i = 0; i < transforms.size(); i++) {
      String where = "transforms[" + i + "]";
      if (!(transforms.get(i) instanceof Map<?, ?> entry) || entry.size() != 1) {
        throw new StepConfigException(
            where,
            "step "
                + (i + 1)
                + ": write a step as one id and its settings, e.g. - filter: \"x > 1\"");
      }
      var only = entry.entrySet().iterator().next();
      String id = String.valueOf(only.getKey());
      var transform = registry.transform(id);
      if (transform.isEmpty()) {
        throw new StepConfigException(
            where,
            "step "
                + (i + 1)
                + ": unknown transform '"
                + id
                + "'; transforms are "
                + registry.transformIds());
      }
      links.add(bind(transform.get(), only.getValue(), i));
    }
    return links;
  }

  Step create(Schema input, StepContext context) {
    return transform.create(config, input, context);
  }
}
