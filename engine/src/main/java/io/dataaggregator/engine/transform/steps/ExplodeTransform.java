package io.dataaggregator.engine.transform.steps;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.transform.ChildStream;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code explode}: one row per element of a JSON array, in place of the array. A null or empty
 * array gives one row with a null element, so no parent disappears; a value that is not an array
 * rejects its row. Rows made beyond the first per parent are counted as produced. With {@code into}
 * the elements go to a child stream instead ({@link ExplodeIntoStep}).
 */
@AutoService(Transform.class)
public final class ExplodeTransform extends ContextualTransform<ExplodeConfig> {
  @Override
  public TransformSpec<ExplodeConfig> spec() {
    return new TransformSpec<>(
        "explode",
        "Explode arrays",
        "Makes one row per element of a JSON array, repeating the other fields, or sends the"
            + " elements into a child stream with the parent's key.",
        ExplodeConfig.class);
  }

  @Override
  public Object expand(Object written) {
    return written instanceof String field ? Map.of("field", field) : written;
  }

  @Override
  public Optional<ChildStream> childStream(ExplodeConfig config) {
    if (config.into() == null) {
      if (!config.parentKey().isEmpty()) {
        throw new StepConfigException(
            "parent_key", "parent_key: is for into; without into the array explodes in place");
      }
      if (config.keep() != null) {
        throw new StepConfigException(
            "keep", "keep: is for into; without into the array explodes in place");
      }
      return Optional.empty();
    }
    if (config.into().isBlank()) {
      throw new StepConfigException("into", "into: name the child stream");
    }
    if (config.parentKey().isEmpty()) {
      throw new StepConfigException(
          "parent_key",
          "parent_key: into needs the parent's key fields, copied into every child row to link it"
              + " to its parent");
    }
    if (config.parentKey().contains(config.field())) {
      throw new StepConfigException(
          "parent_key", "parent_key: '" + config.field() + "' is the array being exploded");
    }
    var names = new ArrayList<>(config.parentKey());
    if (config.index() != null) {
      names.add(config.index());
    }
    names.add(config.elementName());
    if (names.stream().distinct().count() < names.size()) {
      throw new StepConfigException(
          "as",
          "the child stream '"
              + config.into()
              + "' would have the fields "
              + names
              + "; parent_key, index and as (default the array field's name) must differ");
    }
    List<String> key = config.index() == null ? List.of() : names.subList(0, names.size() - 1);
    return Optional.of(new ChildStream(config.into(), key));
  }

  @Override
  public Step create(ExplodeConfig config, Schema input, StepContext context) {
    Optional<ChildStream> child = childStream(config);
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
    if (child.isPresent()) {
      return new ExplodeIntoStep(config, child.get(), input, source, type, context);
    }
    var fields = new ArrayList<>(input.fields());
    fields.set(source, Field.of(config.elementName(), type));
    if (config.index() != null) {
      fields.add(source + 1, Field.of(config.index(), DataType.BIGINT));
    }
    Schema output;
    try {
      output = new Schema(fields);
    } catch (IllegalArgumentException e) {
      throw new StepConfigException("as", e.getMessage() + "; choose other names in as/index");
    }
    return new ExplodeStep(output, source, config.index() != null, new ArrayElements(type), context);
  }

  private record ExplodeStep(
      Schema output, int source, boolean withIndex, ArrayElements elements, StepContext context)
      implements Step {
    @Override
    public Batch apply(Batch input) {
      var out = new BatchBuilder(input, output, context, input.size() * 2);
      for (Object[] row : input.rows()) {
        List<Object> values;
        try {
          values = elements.of(row[source]);
        } catch (CastException e) {
          out.reject(row, input.schema().field(source).name(), e.getMessage());
          continue;
        }
        if (values.isEmpty()) {
          out.add(element(row, null, null));
        }
        for (int i = 0; i < values.size(); i++) {
          out.add(element(row, values.get(i), (long) i));
        }
      }
      return out.build();
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
