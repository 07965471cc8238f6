package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Schema;
import java.util.Arrays;
import java.util.List;

/** Matches each row's key against the reference table and appends the table's columns. */
final class LookupStep implements Step {
  private final Schema input;
  private final Schema output;
  private final int[] keyFields;
  private final ReferenceTables.Table table;
  private final LookupConfig config;
  private final StepContext context;

  LookupStep(
      Schema input,
      Schema output,
      int[] keyFields,
      ReferenceTables.Table table,
      LookupConfig config,
      StepContext context) {
    this.input = input;
    this.output = output;
    this.keyFields = keyFields;
    this.table = table;
    this.config = config;
    this.context = context;
  }

  @Override
  public Schema output() {
    return output;
  }

  @Override
  public Batch apply(Batch batch) {
    var out = new BatchBuilder(batch, output, context);
    int width = output.size();
    int added = config.columns().size();
    for (Object[] row : batch.rows()) {
      List<String> key = key(row);
      Object[] found = key == null ? null : table.rows().get(key);
      if (found == null && config.onMissing() != LookupConfig.OnMissing.keep) {
        if (config.onMissing() == LookupConfig.OnMissing.reject) {
          out.reject(
              row,
              input.field(keyFields[0]).name(),
              "no row of " + table.origin() + " matches " + describe(row));
        }
        continue;
      }
      Object[] enriched = Arrays.copyOf(row, width);
      if (found != null) {
        System.arraycopy(found, 0, enriched, row.length, added);
      }
      out.add(enriched);
    }
    return out.build();
  }

  /** The row's key as matching texts, or null when a key field is null (nothing matches null). */
  private List<String> key(Object[] row) {
    String[] key = new String[keyFields.length];
    for (int i = 0; i < key.length; i++) {
      key[i] = LookupKeys.text(row[keyFields[i]], table.numeric()[i]);
      if (key[i] == null) {
        return null;
      }
    }
    return List.of(key);
  }

  private String describe(Object[] row) {
    var parts = new StringBuilder();
    for (int i = 0; i < keyFields.length; i++) {
      parts
          .append(i == 0 ? "" : ", ")
          .append(input.field(keyFields[i]).name())
          .append('=')
          .append(CastException.show(row[keyFields[i]]));
    }
    return parts.toString();
  }
}
