package io.dataaggregator.engine.transform.steps;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.transform.Transform;
import io.dataaggregator.engine.transform.TransformSpec;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.engine.type.TypeKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/** {@code normalize}: trims, collapses spaces, fixes case and Unicode form, empties to null. */
@AutoService(Transform.class)
public final class NormalizeTransform extends ContextualTransform<NormalizeConfig> {
  private static final Set<String> SETTINGS =
      Set.of("fields", "trim", "collapse_spaces", "empty_to_null", "unicode", "case", "kind");

  @Override
  public TransformSpec<NormalizeConfig> spec() {
    return new TransformSpec<>(
        "normalize",
        "Normalize text",
        "Cleans text: trim, collapse spaces, case, Unicode NFC, empty to null; emails and phones.",
        NormalizeConfig.class);
  }

  @Override
  public Object expand(Object written) {
    if (written == null) {
      return Map.of();
    }
    return written instanceof Map<?, ?> m && (m.isEmpty() || Shorthand.isLongForm(m, SETTINGS))
        ? written
        : Shorthand.under("fields", Shorthand.list(written));
  }

  @Override
  public Step create(NormalizeConfig config, Schema input, StepContext context) {
    int[] indexes;
    if (config.fields() == null) {
      indexes =
          IntStream.range(0, input.size())
              .filter(i -> input.field(i).type().kind() == TypeKind.STRING)
              .toArray();
    } else {
      List<String> fields = config.fields();
      Fields.requireDistinct(fields, "fields");
      indexes = new int[fields.size()];
      for (int i = 0; i < indexes.length; i++) {
        indexes[i] = Fields.requireString(input, fields.get(i), "fields[" + i + "]", "normalize");
      }
    }
    if (indexes.length == 0) {
      throw new StepConfigException("fields", "normalize found no string field to clean");
    }
    return new NormalizeStep(input, indexes, new TextCleaner(config), context);
  }

  private record NormalizeStep(
      Schema output, int[] indexes, TextCleaner cleaner, StepContext context) implements Step {
    @Override
    public Batch apply(Batch input) {
      var out = new BatchBuilder(input, output, context);
      for (Object[] row : input.rows()) {
        Object[] clean = row.clone();
        int i = 0;
        try {
          for (; i < indexes.length; i++) {
            if (clean[indexes[i]] != null) {
              clean[indexes[i]] = cleaner.clean((String) clean[indexes[i]]);
            }
          }
          out.add(clean);
        } catch (CastException e) {
          String field = output.field(indexes[i]).name();
          out.reject(row, field, field + " " + e.getMessage());
        }
      }
      return out.build();
    }
  }
}
