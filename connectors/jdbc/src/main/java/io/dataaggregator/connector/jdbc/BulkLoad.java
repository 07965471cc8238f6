package io.dataaggregator.connector.jdbc;

import java.sql.SQLException;

/**
 * One bulk load into one table, streamed: rows are sent as they are added, in bounded buffers. Used
 * by one thread; after a failure call {@link #abort} and treat the transaction as failed.
 */
public interface BulkLoad {
  /** Sends one row, values indexed like the load's schema. */
  void add(Object[] row) throws SQLException;

  /** Ends the load, returning the rows the database took; any value error surfaces here at last. */
  long finish() throws SQLException;

  /** Abandons the load after a failure; never throws. */
  void abort();
}
