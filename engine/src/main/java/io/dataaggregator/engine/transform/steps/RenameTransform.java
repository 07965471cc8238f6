package io.dataaggregator.engine.transform.steps;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.transform.Similarity;
import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.transform.Transform;
import io.dataaggregator.engine.transform.TransformSpec;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code rename}: new names for fields; rows are passed on untouched. */
@AutoService(Transform.class)
public final class RenameTransform implements Transform<RenameConfig> {
  @Override
  public TransformSpec<RenameConfig> spec() {
    return new TransformSpec<>(
        "rename",
        "Rename fields",
        "Renames fields one by one (old: new) and/or by a rule: snake_case, lower, upper.",
        RenameConfig.class);
  }

  @Override
  public Object expand(Object written) {
    if (written instanceof String rule) {
      return Map.of("rule", rule);
    }
    if (Shorthand.isLongForm(written, Set.of("fields", "rule"))) {
      Object fields = ((Map<?, ?>) written).get("fields");
      return fields instanceof Map<?, ?> m
          ? Shorthand.with(written, "fields", Shorthand.pairs(m, "from", "to"))
          : written;
    }
    return written instanceof Map<?, ?> m
        ? Map.of("fields", Shorthand.pairs(m, "from", "to"))
        : written;
  }

  @Override
  public Step create(RenameConfig config, Schema input) {
    if (config.fields().isEmpty() && config.rule() == null) {
      throw new StepConfigException("", "rename needs fields to rename or a rule");
    }
    var names = new HashMap<String, String>();
    for (int i = 0; i < config.fields().size(); i++) {
      var renaming = config.fields().get(i);
      Fields.require(input, renaming.from(), "fields[" + i + "].from");
      if (names.put(renaming.from(), renaming.to()) != null) {
        throw new StepConfigException(
            "fields[" + i + "]", "fields[" + i + "]: '" + renaming.from() + "' is renamed twice");
      }
    }
    var fields = new ArrayList<Field>(input.size());
    var taken = new HashMap<String, String>();
    for (Field field : input.fields()) {
      String name = names.getOrDefault(field.name(), apply(config.rule(), field.name()));
      String clash = taken.put(name, field.name());
      if (clash != null) {
        throw new StepConfigException(
            "",
            "rename gives '" + clash + "' and '" + field.name() + "' the same name '" + name + "'");
      }
      fields.add(field.withName(name));
    }
    Schema output = new Schema(fields);
    return new Step() {
      @Override
      public Schema output() {
        return output;
      }

      @Override
      public Batch apply(Batch batch) {
        return batch.withRows(output, batch.rows());
      }
    };
  }

  static String apply(RenameConfig.Rule rule, String name) {
    if (rule == null) {
      return name;
    }
    return switch (rule) {
      case snake_case -> snake(name);
      case lower -> name.toLowerCase(Locale.ROOT);
      case upper -> name.toUpperCase(Locale.ROOT);
    };
  }

  private static String snake(String name) {
    List<String> words = Similarity.words(name);
    return words.isEmpty() ? name : String.join("_", words);
  }
}
