package io.dataaggregator.engine.transform.steps;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.transform.Transform;
import io.dataaggregator.engine.transform.TransformSpec;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.engine.type.TypeKind;
import java.util.ArrayList;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code explode}: one row per element of a JSON array, in place of the array. A null or empty
 * array gives one row with a null element, so no parent disappears; a value that is not an array
 * rejects its row. Rows made beyond the first per parent are counted as produced.
 */
@AutoService(Transform.class)
public final class ExplodeTransform extends ContextualTransform<ExplodeConfig> {
  @Override
  public TransformSpec<ExplodeConfig> spec() {
    return new TransformSpec<>(
        "explode",
        "Explode arrays",
        "Makes one row per element of a JSON array, repeating the other fields.",
        ExplodeConfig.class);
  }

  @Override
  public Object expand(Object written) {
    return written instanceof String field ? Map.of("field", field) : written;
  }

  @Override
  public Step create(ExplodeConfig config, Schema input, StepContext context) {
    int source = Fields.require(input, config.field(), "field");
    TypeKind kind = input.field(source).type().kind();
    if (kind != TypeKind.JSON && kind != TypeKind.STRING) {
      throw new StepConfigException(
          "field",
          "field: '"
              + config.field()
              + "' is "
              + input.field(source).type()
              + "; explode reads json arrays");
    }
    DataType type = CastTransform.parseType(config.type(), "type");
    var fields = new ArrayList<>(input.fields());
    fields.set(source, Field.of(config.as() == null ? config.field() : config.as(), type));
    if (config.index() != null) {
      fields.add(source + 1, Field.of(config.index(), DataType.BIGINT));
    }
    Schema output;
    try {
      output = new Schema(fields);
    } catch (IllegalArgumentException e) {
      throw new StepConfigException("as", e.getMessage() + "; choose other names in as/index");
    }
    return new ExplodeStep(
        output, source, config.index() != null, new JsonValues(type, "type"), context);
  }

  private record ExplodeStep(
      Schema output, int source, boolean withIndex, JsonValues reader, StepContext context)
      implements Step {
    @Override
    public Batch apply(Batch input) {
      var out = new BatchBuilder(input, output, context, input.size() * 2);
      for (Object[] row : input.rows()) {
        try {
          explode(row, out);
        } catch (CastException e) {
          out.reject(row, input.schema().field(source).name(), e.getMessage());
        }
      }
      return out.build();
    }

    private void explode(Object[] row, BatchBuilder out) throws CastException {
      Object value = row[source];
      JsonNode array = value == null ? null : JsonValues.parse(value);
      if (array != null && !array.isArray() && !array.isNull()) {
        throw new CastException("is not a JSON array: " + CastException.show(value));
      }
      if (array == null || array.isNull() || array.isEmpty()) {
        out.add(element(row, null, null));
        return;
      }
      // Convert every element first: a bad element rejects the parent row whole.
      var rows = new ArrayList<Object[]>(array.size());
      for (int i = 0; i < array.size(); i++) {
        try {
          rows.add(element(row, reader.value(array.get(i)), (long) i));
        } catch (CastException e) {
          throw new CastException("element " + i + " " + e.getMessage());
        }
      }
      rows.forEach(out::add);
    }

    private Object[] element(Object[] row, Object element, Long position) {
      Object[] out = new Object[output.size()];
      System.arraycopy(row, 0, out, 0, source);
      out[source] = element;
      int shift = withIndex ? 1 : 0;
      if (withIndex) {
        out[source + 1] = position;
      }
      System.arraycopy(row, source + 1, out, source + 1 + shift, row.length - source - 1);
      return out;
    }
  }
}
