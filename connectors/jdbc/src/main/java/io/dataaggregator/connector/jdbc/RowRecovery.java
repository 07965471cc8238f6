package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;

/**
 * Finds the rows that made a bulk load fail. Every load runs under a savepoint; when one fails on a
 * value ({@link Dialect#isDataError}) the transaction goes back to the savepoint and the rows are
 * loaded again in halves, each under its own savepoint, down to single rows, which go to the
 * quarantine with the database's message. k bad rows among n cost about {@code 2k log2(n)} extra
 * loads; the good rows all load.
 */
final class RowRecovery {
  private final Dialect dialect;
  private final Connection connection;
  private final Quarantine quarantine;
  private final String stream;
  private Savepoint savepoint;

  RowRecovery(Dialect dialect, Connection connection, Quarantine quarantine, String stream) {
    this.dialect = dialect;
    this.connection = connection;
    this.quarantine = quarantine;
    this.stream = stream;
  }

  /** Marks the start of a load. */
  void begin() throws SQLException {
    savepoint = connection.setSavepoint();
  }

  /** The load begun last went through. */
  void succeeded() throws SQLException {
    connection.releaseSavepoint(savepoint);
    savepoint = null;
  }

  /** Quarantines a row that could not even be encoded. */
  void reject(Schema schema, Object[] row, long position, int column, String reason) {
    String field = schema.field(column).name();
    quarantine.add(
        new Rejection(stream, position, field, field + " " + reason, RowJson.render(schema, row)));
  }

  /**
   * After the load begun last failed with {@code e}: rolls back to its savepoint and loads {@code
   * rows} again without the bad ones; rethrows {@code e} when it is not about a value.
   *
   * @param first the stream position of {@code rows.get(0)}
   */
  void recover(SQLException e, List<Object[]> rows, long first, Load load) throws SQLException {
    connection.rollback(savepoint);
    savepoint = null;
    if (!dialect.isDataError(e)) {
      throw e;
    }
    if (rows.size() == 1) {
      quarantine(rows.get(0), first, e, load.schema());
      return;
    }
    int mid = rows.size() / 2;
    bisect(rows.subList(0, mid), first, load);
    bisect(rows.subList(mid, rows.size()), first + mid, load);
  }

  private void bisect(List<Object[]> rows, long first, Load load) throws SQLException {
    SQLException e = tryLoad(rows, load);
    if (e == null) {
      return;
    }
    if (rows.size() == 1) {
      quarantine(rows.get(0), first, e, load.schema());
      return;
    }
    int mid = rows.size() / 2;
    bisect(rows.subList(0, mid), first, load);
    bisect(rows.subList(mid, rows.size()), first + mid, load);
  }

  private SQLException tryLoad(List<Object[]> rows, Load target) throws SQLException {
    Savepoint sp = connection.setSavepoint();
    BulkLoad load = dialect.bulkLoad(connection, target.table(), target.schema(), target.columns());
    try {
      for (Object[] row : rows) {
        load.add(row);
      }
      load.finish();
      connection.releaseSavepoint(sp);
      return null;
    } catch (SQLException e) {
      load.abort();
      connection.rollback(sp);
      if (!dialect.isDataError(e) && !(e instanceof BadValueException)) {
        throw e;
      }
      return e;
    }
  }

  private void quarantine(Object[] row, long position, SQLException e, Schema schema) {
    Dialect.DataError error =
        e instanceof BadValueException bad
            ? new Dialect.DataError(schema.field(bad.column()).name(), bad.getMessage())
            : dialect.describe(e);
    String prefix = error.field().isEmpty() ? "" : error.field() + ": ";
    quarantine.add(
        new Rejection(
            stream, position, error.field(), prefix + error.reason(), RowJson.render(schema, row)));
  }

  /** Where the rows go: the table, the rows' schema, the table's columns in that order. */
  record Load(String table, Schema schema, List<DbColumn> columns) {}
}
