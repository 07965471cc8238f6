package io.dataaggregator.connector.jdbc;

import java.sql.SQLException;
import java.util.List;

/**
 * Questions to a database's catalog about tables, columns, keys and rights, on one connection and
 * within its transaction. Used by one thread.
 */
public interface DbCatalog {
  boolean namespaceExists(String namespace) throws SQLException;

  /** Tables and views of {@code namespace} by name, without the connectors' own tables. */
  List<String> tables(String namespace) throws SQLException;

  /** The columns of the table in order; empty when there is no such table. */
  List<DbColumn> columns(String namespace, String table) throws SQLException;

  /** The primary key's columns in key order; empty when there is none. */
  List<String> primaryKey(String namespace, String table) throws SQLException;

  /** Column lists of the primary key and the unique indexes. */
  List<List<String>> uniqueKeys(String namespace, String table) throws SQLException;

  /** The database's row estimate, 0 when it has none. */
  long rowEstimate(String namespace, String table) throws SQLException;

  /** Whether the current user has {@code right} (SELECT, INSERT, UPDATE) on the table. */
  boolean hasPrivilege(String namespace, String table, String right) throws SQLException;

  /** Whether the current user may create tables in {@code namespace}; true when unknowable. */
  boolean mayCreateIn(String namespace) throws SQLException;

  /** Whether a table is one the connectors keep for themselves (checkpoints, swap, quarantine). */
  static boolean isOwnTable(String name) {
    return name.equals(Checkpoints.TABLE)
        || name.endsWith(TableWriter.NEW_SUFFIX)
        || name.endsWith(TableWriter.OLD_SUFFIX);
  }
}
