package io.dataaggregator.engine.spi;

import io.dataaggregator.engine.type.Schema;

/**
 * The rows of a {@link QuerySource#query}: a {@link BatchReader} whose schema is known before the
 * first batch, so that a query returning no row still says what columns it has.
 */
public interface QueryReader extends BatchReader {
  /** The schema of every batch {@link #next} returns. */
  Schema schema();
}
