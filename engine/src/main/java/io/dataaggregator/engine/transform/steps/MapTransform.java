package io.dataaggregator.engine.transform.steps;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.transform.Transform;
import io.dataaggregator.engine.transform.TransformSpec;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.engine.type.TypeKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code map}: reshapes rows into a target schema: each target field from an input field (cast to
 * the target type), else its default, else null; a required field left null rejects the row. Input
 * fields no target takes are dropped. See {@code MappingSuggester} for suggested mappings.
 */
@AutoService(Transform.class)
public final class MapTransform extends ContextualTransform<MapConfig> {
  @Override
  public TransformSpec<MapConfig> spec() {
    return new TransformSpec<>(
        "map",
        "Map to a target schema",
        "Maps fields onto a target schema with types, defaults and required fields.",
        MapConfig.class);
  }

  @Override
  public Object expand(Object written) {
    if (!(written instanceof Map<?, ?> map)) {
      return written;
    }
    Map<String, Object> out = Shorthand.with(written, "target", map.get("target"));
    if (map.get("target") instanceof Map<?, ?> targets) {
      out.put("target", Shorthand.entries(targets, "name", "type"));
    }
    if (map.get("from") instanceof Map<?, ?> from) {
      out.put("from", Shorthand.pairs(from, "target", "source"));
    }
    return out;
  }

  @Override
  public Step create(MapConfig config, Schema input, StepContext context) {
    var sources = new HashMap<String, String>();
    for (int i = 0; i < config.from().size(); i++) {
      var mapping = config.from().get(i);
      String setting = "from[" + i + "]";
      if (config.target().stream().noneMatch(t -> t.name().equals(mapping.target()))) {
        throw new StepConfigException(
            setting + ".target",
            setting + ".target: '" + mapping.target() + "' is not a target field");
      }
      Fields.require(input, mapping.source(), setting + ".source");
      if (sources.put(mapping.target(), mapping.source()) != null) {
        throw new StepConfigException(
            setting, setting + ": '" + mapping.target() + "' is filled twice");
      }
    }
    var fields = new ArrayList<Field>();
    var plans = new MapStep.Plan[config.target().size()];
    for (int i = 0; i < plans.length; i++) {
      plans[i] = plan(config.target().get(i), sources, input, "target[" + i + "]");
      fields.add(new Field(config.target().get(i).name(), plans[i].type(), !plans[i].required()));
    }
    Schema output;
    try {
      output = new Schema(fields);
    } catch (IllegalArgumentException e) {
      throw new StepConfigException("target", "target: " + e.getMessage());
    }
    return new MapStep(output, plans, context);
  }

  private static MapStep.Plan plan(
      MapConfig.Target target, Map<String, String> sources, Schema input, String setting) {
    DataType type = CastTransform.parseType(target.type(), setting + ".type");
    String sourceName =
        sources.getOrDefault(
            target.name(), input.indexOf(target.name()).isPresent() ? target.name() : null);
    var opts =
        new CastField(
            target.name(),
            target.type(),
            target.format(),
            target.timeZone(),
            null,
            null,
            null,
            null,
            null);
    Object fallback =
        target.defaultValue() == null
            ? null
            : defaultValue(target.defaultValue(), type, opts, setting + ".default");
    if (sourceName == null && fallback == null && target.required()) {
      throw new StepConfigException(
          setting,
          setting
              + ": '"
              + target.name()
              + "' is required but no input field maps to it and it has no default; input fields"
              + " are "
              + input.names());
    }
    int source = sourceName == null ? -1 : input.require(sourceName);
    ValueCaster caster =
        source < 0
            ? ValueCaster.IDENTITY
            : Casts.caster(input.field(source).type(), type, opts, setting);
    return new MapStep.Plan(
        target.name(),
        type,
        source,
        caster,
        fallback,
        target.required(),
        source >= 0
            && input.field(source).type().kind() == TypeKind.STRING
            && type.kind() != TypeKind.STRING);
  }

  private static Object defaultValue(
      Object written, DataType type, CastField opts, String setting) {
    String text = written instanceof BigDecimal d ? d.toPlainString() : String.valueOf(written);
    try {
      return Casts.caster(DataType.STRING, type, opts, setting).cast(text);
    } catch (CastException e) {
      throw new StepConfigException(setting, setting + ": " + e.getMessage());
    }
  }
}
