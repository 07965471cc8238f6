package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the rows and rejections of one output batch. Rejections already in the input travel on;
 * a rejected row is rendered with the step's input schema. Not thread-safe; one per batch.
 */
public final class BatchBuilder {
  private final Batch input;
  private final Schema output;
  private final String stream;
  private final List<Object[]> rows;
  private List<Rejection> rejections;

  public BatchBuilder(Batch input, Schema output, StepContext context) {
    this(input, output, context, input.size());
  }

  public BatchBuilder(Batch input, Schema output, StepContext context, int expectedRows) {
    this.input = input;
    this.output = output;
    this.stream = context.stream();
    this.rows = new ArrayList<>(expectedRows);
  }

  public void add(Object[] row) {
    rows.add(row);
  }

  /** Leaves {@code row} (in the input's schema) out and files it with {@code reason}. */
  public void reject(Object[] row, String field, String reason) {
    if (rejections == null) {
      rejections = new ArrayList<>(input.rejections());
    }
    rejections.add(new Rejection(stream, 0, field, reason, RowJson.render(input.schema(), row)));
  }

  public Batch build() {
    return new Batch(output, rows, rejections == null ? input.rejections() : rejections);
  }
}
