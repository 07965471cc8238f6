package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ErrorCode;
import io.dataaggregator.engine.type.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What differs between databases at run time, on top of the SQL text of {@link SqlDialect}:
 * connecting, the catalog, the bulk paths in and out, snapshots shared by parallel readers, and
 * what an error means. Implementations are stateless and thread-safe.
 */
public interface Dialect extends SqlDialect {
  /** A new connection; the caller turns autocommit off and translates failures. */
  Connection connect(JdbcConfig config) throws SQLException;

  /** The catalog questions (tables, columns, keys, rights) asked on {@code connection}. */
  DbCatalog catalog(Connection connection);

  /**
   * Whether DDL joins the open transaction. Where it does not (MySQL commits before each DDL
   * statement), the writers never run DDL while rows are uncommitted.
   */
  boolean transactionalDdl();

  /**
   * Starts a bulk load of rows shaped like {@code schema} into the same-named columns of the table,
   * on the connection's current transaction.
   *
   * @param columns the table's columns in the order of {@code schema}'s fields, so the fastest
   *     encoding that fits them can be chosen
   */
  BulkLoad bulkLoad(
      Connection connection, String qualifiedTable, Schema schema, List<DbColumn> columns)
      throws SQLException;

  /**
   * Opens a stream of the rows {@code select} returns, whose columns are {@code columns} in order;
   * {@code select} reads them through {@link #selectList}.
   */
  RowStream rows(Connection connection, String select, List<DbColumn> columns) throws SQLException;

  /**
   * Makes {@code connection} (autocommit off, nothing run on it yet) unable to write, for reference
   * queries: the driver's read-only flag and, where the database has them, read-only transactions.
   * Whatever a dialect can do here, the caller also rolls the transaction back at the end.
   */
  default void readOnly(Connection connection) throws SQLException {
    connection.setReadOnly(true);
  }

  /**
   * The columns {@code query} returns, in order, as the database describes them without reading a
   * row; the database refuses a query it cannot run (syntax, unknown table or column) here.
   */
  default List<DbColumn> describe(Connection connection, String query) throws SQLException {
    return QueryColumns.describe(connection, query);
  }

  /**
   * The statement {@link #rows} reads the rows of {@code query} with, given its {@code columns}; by
   * default the query itself.
   */
  default String querySelect(String query, List<DbColumn> columns) {
    return query;
  }

  /** Whether a single-column key of this type can be split into integer ranges. */
  boolean isIntegerKey(DbColumn column);

  /**
   * Starts, on the coordinator of a parallel read, the snapshot the range readers will share, and
   * returns what they need to join it; null where the database cannot share snapshots (each range
   * then reads its own, taken moments apart).
   */
  default String shareSnapshot(Connection coordinator) throws SQLException {
    return null;
  }

  /** Makes a range reader's connection read the snapshot {@code token} names (may be null). */
  default void joinSnapshot(Connection reader, String token) throws SQLException {}

  /** Puts table {@code fresh} in place of {@code table} in the caller's transaction. */
  default void swap(Connection connection, String namespace, String fresh, String table)
      throws SQLException {
    boolean exists = !catalog(connection).columns(namespace, table).isEmpty();
    try (Statement s = connection.createStatement()) {
      for (String sql : swap(namespace, fresh, table, exists)) {
        s.execute(sql);
      }
    }
  }

  /**
   * {@code e} as a user-facing failure: the code for what went wrong (authentication, missing
   * database or table, rights, reachability) or {@code fallback}, with a message naming {@code
   * where}.
   */
  ConnectorException translate(SQLException e, String where, ErrorCode fallback);

  /** Whether {@code e} is about a value (too long, out of range, not null ...), not the system. */
  boolean isDataError(SQLException e);

  /** Whether {@code e} says an object to create exists already (a race of two creators). */
  boolean isDuplicateObject(SQLException e);

  /** The column at fault and the database's sentence for a data error, for the quarantine. */
  DataError describe(SQLException e);

  /** A value error: the column it is about (empty when unknown) and the reason. */
  record DataError(String field, String reason) {}
}
