package io.dataaggregator.engine.transform.steps;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.transform.Transform;
import io.dataaggregator.engine.transform.TransformSpec;
import io.dataaggregator.engine.transform.expr.Expression;
import io.dataaggregator.engine.transform.expr.ExpressionException;
import io.dataaggregator.engine.transform.expr.Expressions;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/** {@code derive}: computes fields with CEL expressions; an expression error rejects the row. */
@AutoService(Transform.class)
public final class DeriveTransform extends ContextualTransform<DeriveConfig> {
  @Override
  public TransformSpec<DeriveConfig> spec() {
    return new TransformSpec<>(
        "derive",
        "Derive fields",
        "Computes new fields with CEL expressions over the row, e.g. late: delay > 15.",
        DeriveConfig.class);
  }

  @Override
  public Object expand(Object written) {
    if (Shorthand.isLongForm(written, Set.of("fields"))) {
      Object fields = ((Map<?, ?>) written).get("fields");
      return fields instanceof Map<?, ?> m
          ? Map.of("fields", Shorthand.pairs(m, "name", "expression"))
          : written;
    }
    return written instanceof Map<?, ?> m
        ? Map.of("fields", Shorthand.pairs(m, "name", "expression"))
        : written;
  }

  @Override
  public Step create(DeriveConfig config, Schema input, StepContext context) {
    Fields.requireDistinct(
        config.fields().stream().map(DeriveConfig.Derivation::name).toList(), "fields");
    Schema schema = input;
    var expressions = new Expression[config.fields().size()];
    var targets = new int[expressions.length];
    for (int i = 0; i < expressions.length; i++) {
      var derivation = config.fields().get(i);
      expressions[i] =
          Expressions.compile(derivation.expression(), schema, "fields[" + i + "].expression");
      Field field = Field.of(derivation.name(), expressions[i].resultType());
      var fields = new ArrayList<>(schema.fields());
      var existing = schema.indexOf(derivation.name());
      targets[i] = existing.orElse(fields.size());
      if (existing.isPresent()) {
        fields.set(targets[i], field);
      } else {
        fields.add(field);
      }
      schema = new Schema(fields);
    }
    return new DeriveStep(schema, expressions, targets, context);
  }

  private record DeriveStep(
      Schema output, Expression[] expressions, int[] targets, StepContext context) implements Step {
    @Override
    public Batch apply(Batch input) {
      var out = new BatchBuilder(input, output, context);
      int width = output.size();
      for (Object[] row : input.rows()) {
        Object[] derived = Arrays.copyOf(row, width);
        if (derive(derived, row, out)) {
          out.add(derived);
        }
      }
      return out.build();
    }

    private boolean derive(Object[] derived, Object[] row, BatchBuilder out) {
      for (int i = 0; i < expressions.length; i++) {
        try {
          derived[targets[i]] = expressions[i].evaluate(derived);
        } catch (ExpressionException e) {
          out.reject(row, output.field(targets[i]).name(), e.getMessage());
          return false;
        }
      }
      return true;
    }
  }
}
