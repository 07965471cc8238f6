package io.dataaggregator.engine.transform.expr;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelVariableResolver;
import dev.cel.runtime.Program;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compiled expression bound to one input schema. Not thread-safe (it reuses one variable
 * resolver); each step owns its expressions.
 */
public final class Expression {
  private final String source;
  private final Program program;
  private final DataType resultType;
  private final List<String> referenced;
  private final Schema input;
  private final RowResolver resolver;

  Expression(String source, Program program, DataType resultType, Schema input, List<String> refs) {
    this.source = source;
    this.program = program;
    this.resultType = resultType;
    this.input = input;
    this.referenced = refs;
    this.resolver = new RowResolver(input);
  }

  public String source() {
    return source;
  }

  /**
   * The type of what {@link #evaluate} returns: boolean, bigint, double, string, bytes,
   * timestamp_tz.
   */
  public DataType resultType() {
    return resultType;
  }

  /** The fields the expression reads. */
  public List<String> referenced() {
    return referenced;
  }

  /**
   * Evaluates the expression on {@code row} (in the input schema).
   *
   * @return a value of {@link #resultType}, or null
   * @throws ExpressionException with a reason naming the expression and any null field it read
   */
  public Object evaluate(Object[] row) throws ExpressionException {
    resolver.row = row;
    try {
      return CelValues.fromCel(program.eval(resolver));
    } catch (CelEvaluationException e) {
      throw new ExpressionException(reason(e, row));
    } finally {
      resolver.row = null;
    }
  }

  private String reason(CelEvaluationException e, Object[] row) {
    String message = e.getMessage();
    // CEL prefixes "evaluation error at <input>:6: "; the expression is quoted instead.
    int at = message.indexOf("<input>:");
    if (at >= 0) {
      int colon = message.indexOf(": ", at);
      message = colon < 0 ? message : message.substring(colon + 2);
    }
    int candidates = message.indexOf(". Overload candidates");
    message = candidates < 0 ? message : message.substring(0, candidates);
    var nulls = new ArrayList<String>();
    for (String name : referenced) {
      var index = input.indexOf(name);
      if (index.isPresent() && row[index.getAsInt()] == null) {
        nulls.add(name);
      }
    }
    return "expression '"
        + source
        + "' failed: "
        + message
        + (nulls.isEmpty()
            ? ""
            : " (null: "
                + String.join(", ", nulls)
                + "; guard with `x != null && ...` or `x == null ? default : x`)");
  }

  /** Hands CEL the current row's fields by name. */
  private static final class RowResolver implements CelVariableResolver {
    private final Map<String, Integer> indexes = new HashMap<>();
    private final DataType[] types;
    Object[] row;

    RowResolver(Schema schema) {
      types = new DataType[schema.size()];
      for (int i = 0; i < types.length; i++) {
        indexes.put(schema.field(i).name(), i);
        types[i] = schema.field(i).type();
      }
    }

    @Override
    public Optional<Object> find(String name) {
      Integer index = indexes.get(name);
      if (index == null || row == null) {
        return Optional.empty();
      }
      return Optional.of(CelValues.toCel(types[index], row[index]));
    }
  }
}
