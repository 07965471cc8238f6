package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;

/** Keeps some fields of each row, in a given order (select and drop). */
final class ProjectStep implements Step {
  private final Schema output;
  private final int[] indexes;

  ProjectStep(Schema input, int[] indexes) {
    var fields = new ArrayList<Field>(indexes.length);
    for (int index : indexes) {
      fields.add(input.field(index));
    }
    this.output = new Schema(fields);
    this.indexes = indexes;
  }

  @Override
  public Schema output() {
    return output;
  }

  @Override
  public Batch apply(Batch input) {
    var rows = new ArrayList<Object[]>(input.size());
    for (Object[] row : input.rows()) {
      Object[] out = new Object[indexes.length];
      for (int i = 0; i < indexes.length; i++) {
        out[i] = row[indexes[i]];
      }
      rows.add(out);
    }
    return input.withRows(output, rows);
  }
}
