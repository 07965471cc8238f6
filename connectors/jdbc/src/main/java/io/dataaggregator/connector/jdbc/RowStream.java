package io.dataaggregator.connector.jdbc;

import java.sql.SQLException;

/**
 * Rows of a query as they arrive, decoded to our values. Used by one thread; close it early to stop
 * the query.
 */
public interface RowStream extends AutoCloseable {
  /**
   * The next row, or null at the end.
   *
   * @throws BadValueException when a value has no counterpart in our types (the row is skipped,
   *     reading may go on)
   */
  Object[] next() throws SQLException;

  @Override
  void close();
}
