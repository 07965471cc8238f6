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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** {@code cast}: converts fields to other types, rejecting rows whose values do not convert. */
@AutoService(Transform.class)
public final class CastTransform extends ContextualTransform<CastConfig> {
  @Override
  public TransformSpec<CastConfig> spec() {
    return new TransformSpec<>(
        "cast",
        "Cast types",
        "Converts fields to other types with formats for dates, timestamps, decimals and"
            + " booleans; a value that does not convert rejects its row.",
        CastConfig.class);
  }

  @Override
  public Object expand(Object written) {
    if (Shorthand.isLongForm(written, Set.of("fields"))) {
      Object fields = ((Map<?, ?>) written).get("fields");
      return fields instanceof Map<?, ?> m
          ? Map.of("fields", Shorthand.entries(m, "field", "type"))
          : written;
    }
    return written instanceof Map<?, ?> m
        ? Map.of("fields", Shorthand.entries(m, "field", "type"))
        : written;
  }

  @Override
  public Step create(CastConfig config, Schema input, StepContext context) {
    var fields = new ArrayList<>(input.fields());
    int[] indexes = new int[config.fields().size()];
    var casters = new ValueCaster[indexes.length];
    var seen = new HashSet<String>();
    for (int i = 0; i < indexes.length; i++) {
      CastField cast = config.fields().get(i);
      String setting = "fields[" + i + "]";
      if (!seen.add(cast.field())) {
        throw new StepConfigException(setting, setting + ": '" + cast.field() + "' is cast twice");
      }
      indexes[i] = Fields.require(input, cast.field(), setting + ".field");
      DataType to = parseType(cast.type(), setting + ".type");
      Field field = input.field(indexes[i]);
      casters[i] = Casts.caster(field.type(), to, cast, setting);
      fields.set(indexes[i], field.withType(to));
    }
    boolean[] blankToNull = new boolean[indexes.length];
    for (int i = 0; i < indexes.length; i++) {
      blankToNull[i] =
          config.fields().get(i).emptyAsNull()
              && input.field(indexes[i]).type().kind() == TypeKind.STRING
              && fields.get(indexes[i]).type().kind() != TypeKind.STRING;
    }
    return new CastStep(input, new Schema(fields), indexes, casters, blankToNull, context);
  }

  static DataType parseType(String type, String setting) {
    try {
      return DataType.parse(type);
    } catch (IllegalArgumentException e) {
      throw new StepConfigException(setting, setting + ": " + e.getMessage());
    }
  }
}
