package io.dataaggregator.engine.transform.steps;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.transform.Transform;
import io.dataaggregator.engine.transform.TransformSpec;
import io.dataaggregator.engine.transform.expr.Expression;
import io.dataaggregator.engine.transform.expr.ExpressionException;
import io.dataaggregator.engine.transform.expr.Expressions;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Schema;
import java.util.Map;

/**
 * {@code filter}: keeps the rows for which the expression is true. False and null drop the row
 * (counted as filtered); an expression error rejects it with the reason.
 */
@AutoService(Transform.class)
public final class FilterTransform extends ContextualTransform<FilterConfig> {
  @Override
  public TransformSpec<FilterConfig> spec() {
    return new TransformSpec<>(
        "filter",
        "Filter rows",
        "Keeps the rows for which a CEL expression is true.",
        FilterConfig.class);
  }

  @Override
  public Object expand(Object written) {
    return written instanceof String expression ? Map.of("expression", expression) : written;
  }

  @Override
  public Step create(FilterConfig config, Schema input, StepContext context) {
    Expression expression = Expressions.compile(config.expression(), input, "expression");
    if (!expression.resultType().equals(DataType.BOOLEAN)) {
      throw new StepConfigException(
          "expression",
          "expression: '"
              + config.expression()
              + "' gives a "
              + expression.resultType()
              + "; a filter needs true or false (e.g. distance >= 500)");
    }
    return new FilterStep(input, expression, context);
  }

  private record FilterStep(Schema output, Expression expression, StepContext context)
      implements Step {
    @Override
    public Batch apply(Batch input) {
      var out = new BatchBuilder(input, output, context);
      for (Object[] row : input.rows()) {
        try {
          if (Boolean.TRUE.equals(expression.evaluate(row))) {
            out.add(row);
          }
        } catch (ExpressionException e) {
          out.reject(row, "", e.getMessage());
        }
      }
      return out.build();
    }
  }
}
