package io.dataaggregator.engine.type;

import java.util.List;

/**
 * A run of rows that share one schema, plus the input the source could not turn into rows.
 *
 * <p>Rows are arrays indexed like {@link Schema#fields()}; values follow {@link DataType}'s mapping.
 * A batch is immutable once handed on: a step that changes rows builds a new batch. The rejections
 * travel with the rows so that a destination can make both durable in one commit.
 */
public record Batch(Schema schema, List<Object[]> rows, List<Rejection> rejections) {
  public Batch {
    rows = List.copyOf(rows);
    rejections = List.copyOf(rejections);
  }

  public Batch(Schema schema, List<Object[]> rows) {
    this(schema, rows, List.of());
  }

  public int size() {
    return rows.size();
  }

  public boolean isEmpty() {
    return rows.isEmpty() && rejections.isEmpty();
  }

  public Batch withRows(Schema newSchema, List<Object[]> newRows) {
    return new Batch(newSchema, newRows, rejections);
  }

  public Batch withRejections(List<Rejection> newRejections) {
    return new Batch(schema, rows, newRejections);
  }
}
