package io.dataaggregator.connector.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Rows of a query read through a forward-only, streamed {@link ResultSet}, each column decoded by
 * its {@link ColumnReader}. For dialects without a faster path out (MySQL/MariaDB, SQL Server).
 * Used by one thread; closing it before the end cancels the query rather than draining it.
 */
final class ResultSetRows implements RowStream {
  /** Decodes one column of the current row to our value, null for SQL NULL. */
  @FunctionalInterface
  interface ColumnReader {
    /**
     * @param index the 1-based column index in the result set
     * @throws BadValueException when the value has no counterpart in our types
     */
    Object read(ResultSet r, int index) throws SQLException;
  }

  private final Statement statement;
  private final ResultSet results;
  private final ColumnReader[] readers;
  private boolean done;

  ResultSetRows(Connection connection, String select, List<ColumnReader> readers, int fetchSize)
      throws SQLException {
    this.readers = readers.toArray(ColumnReader[]::new);
    this.statement =
        connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    try {
      statement.setFetchSize(fetchSize);
      this.results = statement.executeQuery(select);
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  @Override
  public Object[] next() throws SQLException {
    if (done || !results.next()) {
      done = true;
      return null;
    }
    Object[] row = new Object[readers.length];
    BadValueException bad = null;
    for (int i = 0; i < readers.length; i++) {
      try {
        row[i] = readers[i].read(results, i + 1);
      } catch (BadValueException e) {
        bad = bad == null ? e : bad;
      }
    }
    if (bad != null) {
      throw bad.inRow(row); // the row is consumed; the caller rejects it and reads on
    }
    return row;
  }

  @Override
  public void close() {
    try {
      if (!done) {
        statement.cancel(); // a streamed result would otherwise be read to its end on close
      }
    } catch (SQLException ignored) {
      // closing anyway
    }
    try {
      results.close();
    } catch (SQLException ignored) {
      // the statement and the connection are closed next
    }
    try {
      statement.close();
    } catch (SQLException ignored) {
      // nothing more to release
    }
  }
}
