package io.dataaggregator.engine.transform;

import io.dataaggregator.engine.type.Schema;
import java.util.List;
import java.util.Objects;

/**
 * The rows a {@link ReferenceQuery} returned, read once and shared: by the steps of every stream of
 * a plan, and for a while by later plans. Immutable; equal only to itself, so that what steps
 * derive from it (a keyed table) can be cached by identity.
 */
public final class ReferenceRows {
  private final Schema schema;
  private final List<Object[]> rows;

  public ReferenceRows(Schema schema, List<Object[]> rows) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.rows = List.copyOf(rows);
  }

  public Schema schema() {
    return schema;
  }

  /** The rows in the order the query returned them; callers must not modify the arrays. */
  public List<Object[]> rows() {
    return rows;
  }
}
