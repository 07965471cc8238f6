package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Schema;

/** Applies one caster per cast field; a row with any value that does not convert is rejected. */
final class CastStep implements Step {
  private final Schema input;
  private final Schema output;
  private final int[] indexes;
  private final ValueCaster[] casters;
  private final boolean[] blankToNull;
  private final StepContext context;

  CastStep(
      Schema input,
      Schema output,
      int[] indexes,
      ValueCaster[] casters,
      boolean[] blankToNull,
      StepContext ctx) {
    this.input = input;
    this.output = output;
    this.indexes = indexes;
    this.casters = casters;
    this.blankToNull = blankToNull;
    this.context = ctx;
  }

  @Override
  public Schema output() {
    return output;
  }

  @Override
  public Batch apply(Batch input) {
    var out = new BatchBuilder(input, output, context);
    for (Object[] row : input.rows()) {
      Object[] cast = row.clone();
      if (castRow(cast, out, row)) {
        out.add(cast);
      }
    }
    return out.build();
  }

  /** Casts in place; on the first failure rejects {@code original} and returns false. */
  private boolean castRow(Object[] cast, BatchBuilder out, Object[] original) {
    for (int i = 0; i < indexes.length; i++) {
      int index = indexes[i];
      Object value = cast[index];
      if (value == null) {
        continue;
      }
      if (blankToNull[i] && ((String) value).isBlank()) {
        cast[index] = null;
        continue;
      }
      try {
        cast[index] = casters[i].cast(value);
      } catch (CastException e) {
        String field = output.field(index).name();
        out.reject(
            original,
            field,
            "cannot cast " + field + " to " + output.field(index).type() + ": " + e.getMessage());
        return false;
      } catch (ClassCastException e) {
        // A source that broke its own schema; reject the row rather than stop the run.
        String field = output.field(index).name();
        out.reject(
            original,
            field,
            field
                + " holds a "
                + Casts.typeOf(value)
                + " value although its schema type is "
                + input.field(index).type());
        return false;
      }
    }
    return true;
  }
}
