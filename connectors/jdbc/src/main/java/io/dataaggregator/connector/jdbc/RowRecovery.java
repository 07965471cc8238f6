package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Finds the rows that made a COPY fail. Every COPY runs under a savepoint; when one fails on a
 * value (SQLState class 22, data exception, or 23, integrity violation) the transaction goes back
 * to the savepoint and the rows are loaded again in halves, each under its own savepoint, down to
 * single rows, which go to the quarantine with the database's message. k bad rows among n cost
 * about {@code 2k log2(n)} extra COPY statements; the good rows all load.
 */
final class RowRecovery {
  private static final Pattern COPY_COLUMN = Pattern.compile("column ([^:]+):");

  private final Connection connection;
  private final PgQuarantine quarantine;
  private final String stream;
  private Savepoint savepoint;

  RowRecovery(Connection connection, PgQuarantine quarantine, String stream) {
    this.connection = connection;
    this.quarantine = quarantine;
    this.stream = stream;
  }

  /** Marks the start of a COPY. */
  void begin() throws SQLException {
    savepoint = connection.setSavepoint();
  }

  /** The COPY begun last went through. */
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
   * After the COPY begun last failed with {@code e}: rolls back to its savepoint and loads {@code
   * rows} again without the bad ones; rethrows {@code e} when it is not about a value.
   *
   * @param first the stream position of {@code rows.get(0)}
   */
  void recover(SQLException e, List<Object[]> rows, long first, Load load) throws SQLException {
    connection.rollback(savepoint);
    savepoint = null;
    if (!isDataError(e)) {
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
    BulkLoad load =
        PostgresDialect.INSTANCE.bulkLoad(
            connection, target.table(), target.schema(), target.columns());
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
      if (!isDataError(e) && !(e instanceof BadValueException)) {
        throw e;
      }
      return e;
    }
  }

  private void quarantine(Object[] row, long position, SQLException e, Schema schema) {
    String field = "";
    String reason = PgErrors.serverMessage(e);
    if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
      ServerErrorMessage m = p.getServerErrorMessage();
      Matcher where = COPY_COLUMN.matcher(String.valueOf(m.getWhere()));
      field = m.getColumn() != null ? m.getColumn() : where.find() ? where.group(1) : "";
      reason = m.getDetail() == null ? reason : reason + " (" + m.getDetail() + ")";
    }
    String prefix = field.isEmpty() ? "" : field + ": ";
    quarantine.add(
        new Rejection(stream, position, field, prefix + reason, RowJson.render(schema, row)));
  }

  /** Where the rows go: the table, the rows' schema, the table's columns in that order. */
  record Load(String table, Schema schema, List<DbColumn> columns) {}

  static boolean isDataError(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("22") || state.startsWith("23"));
  }
}
