package io.dataaggregator.engine.transform;

import io.dataaggregator.engine.type.Schema;
import java.util.List;
import java.util.Optional;

/**
 * A kind of transform step ({@code rename}, {@code cast}, ...), found by {@link
 * java.util.ServiceLoader} (register with {@code @AutoService(Transform.class)}). Stateless and
 * thread-safe; {@link #create} makes a {@link Step} for one stream.
 *
 * <p>In a pipeline file a step is a one-key map: the id, then its config. The config is either the
 * record's fields as a map, or a shorthand that {@link #expand} turns into that map.
 */
public interface Transform<C extends Record> {
  TransformSpec<C> spec();

  /**
   * Turns the value written after the step's id into the map its config record binds from. The
   * default keeps maps as they are; steps with a shorthand ({@code filter: "distance > 500"})
   * override it.
   */
  default Object expand(Object written) {
    return written;
  }

  /**
   * The child stream a step with {@code config} makes besides its output ({@link BranchingStep}),
   * known before any schema is: the pipeline checks its name and key when it is compiled. Empty by
   * default.
   *
   * @throws StepConfigException when the settings for the child stream do not fit together
   */
  default Optional<ChildStream> childStream(C config) {
    return Optional.empty();
  }

  /**
   * A step for batches of {@code input}.
   *
   * @throws StepConfigException when the config does not fit the input (an unknown field, a type
   *     that cannot be cast, an expression that does not compile)
   */
  Step create(C config, Schema input);

  /**
   * A step for batches of {@code input} in {@code context}: the stream name its rejections carry,
   * the folder relative paths start from and the environment it reads secrets from. The default
   * ignores the context; steps that reject rows or read files and variables override it.
   *
   * @throws StepConfigException as {@link #create(Record, Schema)}
   */
  default Step create(C config, Schema input, StepContext context) {
    return create(config, input);
  }

  /**
   * The reference queries {@code config} reads (lookup's {@code query}), so that the plan compiler
   * can check their connectors and settings before anything connects. Default: none.
   */
  default List<ReferenceQuery> references(C config) {
    return List.of();
  }
}
