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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code flatten}: takes values out of nested JSON into typed columns. The columns are listed in
 * the config because a step's output schema is known before any row is read.
 */
@AutoService(Transform.class)
public final class FlattenTransform extends ContextualTransform<FlattenConfig> {
  @Override
  public TransformSpec<FlattenConfig> spec() {
    return new TransformSpec<>(
        "flatten",
        "Flatten nested JSON",
        "Takes values out of JSON fields into columns: address.city becomes address_city.",
        FlattenConfig.class);
  }

  @Override
  public Object expand(Object written) {
    if (Shorthand.isLongForm(written, Set.of("fields", "separator", "keep_original"))) {
      Object fields = ((Map<?, ?>) written).get("fields");
      return fields instanceof Map<?, ?> m ? Shorthand.with(written, "fields", nested(m)) : written;
    }
    return written instanceof Map<?, ?> m ? Map.of("fields", nested(m)) : written;
  }

  /** {@code {properties: [mag, place]}} or {@code {properties: {mag: double}}} as the long form. */
  private static List<Object> nested(Map<?, ?> byField) {
    var out = new ArrayList<Object>();
    byField.forEach(
        (field, columns) -> {
          Object list = columns;
          if (columns instanceof List<?> paths) {
            list = paths.stream().map(p -> p instanceof String s ? Map.of("path", s) : p).toList();
          } else if (columns instanceof Map<?, ?> typed) {
            list = Shorthand.entries(typed, "path", "type");
          }
          var entry = new LinkedHashMap<String, Object>();
          entry.put("field", String.valueOf(field));
          entry.put("columns", list);
          out.add(entry);
        });
    return out;
  }

  @Override
  public Step create(FlattenConfig config, Schema input, StepContext context) {
    var plans = new ArrayList<FlattenStep.Plan>();
    var replaced = new LinkedHashMap<Integer, List<Field>>();
    for (int i = 0; i < config.fields().size(); i++) {
      FlattenConfig.Nested nested = config.fields().get(i);
      String setting = "fields[" + i + "]";
      int source = Fields.require(input, nested.field(), setting + ".field");
      TypeKind kind = input.field(source).type().kind();
      if (kind != TypeKind.JSON && kind != TypeKind.STRING) {
        throw new StepConfigException(
            setting + ".field",
            setting
                + ".field: '"
                + nested.field()
                + "' is "
                + input.field(source).type()
                + "; flatten reads json or JSON text fields");
      }
      if (replaced.containsKey(source)) {
        throw new StepConfigException(
            setting, setting + ": '" + nested.field() + "' is listed twice");
      }
      var columns = new ArrayList<Field>();
      var paths = new ArrayList<String[]>();
      var readers = new ArrayList<JsonValues>();
      for (int c = 0; c < nested.columns().size(); c++) {
        var column = nested.columns().get(c);
        String where = setting + ".columns[" + c + "]";
        DataType type = CastTransform.parseType(column.type(), where + ".type");
        String name =
            column.name() != null
                ? column.name()
                : nested.field()
                    + config.separator()
                    + column.path().replace(".", config.separator());
        columns.add(Field.of(name, type));
        paths.add(column.path().split(Pattern.quote("."), -1));
        readers.add(new JsonValues(type, where));
      }
      replaced.put(source, columns);
      plans.add(
          new FlattenStep.Plan(
              source,
              paths.toArray(String[][]::new),
              readers.toArray(JsonValues[]::new),
              nested.field(),
              columns.getFirst().name()));
    }
    return new FlattenStep(input, output(input, replaced, config.keepOriginal()), plans, context);
  }

  private static Schema output(Schema input, Map<Integer, List<Field>> replaced, boolean keep) {
    var fields = new ArrayList<Field>();
    for (int i = 0; i < input.size(); i++) {
      List<Field> columns = replaced.get(i);
      if (columns == null || keep) {
        fields.add(input.field(i));
      }
      if (columns != null) {
        fields.addAll(columns);
      }
    }
    try {
      return new Schema(fields);
    } catch (IllegalArgumentException e) {
      throw new StepConfigException(
          "fields", "fields: " + e.getMessage() + "; give the column a name of its own");
    }
  }
}
