package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ErrorCode;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What differs between SQL databases for the JDBC connectors: quoting, type mapping both ways, DDL,
 * upsert, the bulk paths in and out, and what an error code means. Implementations are stateless
 * and thread-safe.
 */
public interface Dialect {
  /** {@code identifier} quoted so that any name (mixed case, spaces, keywords) is taken as is. */
  String quote(String identifier);

  /** The quoted, schema-qualified table name. */
  default String table(String schema, String table) {
    return quote(schema) + "." + quote(table);
  }

  /** Our type of a database column; unknown types map to STRING (read as their text form). */
  DataType toDataType(DbColumn column);

  /** The column type created for our type. */
  String columnType(DataType type);

  /** {@code CREATE TABLE} for {@code schema}; {@code primaryKey} may be empty. */
  String createTable(String qualifiedTable, Schema schema, List<String> primaryKey);

  /** {@code ALTER TABLE ... ADD COLUMN} for one new nullable column. */
  String addColumn(String qualifiedTable, Field field);

  /**
   * Merges every row of {@code source} into {@code target} on {@code key}: inserts new keys and
   * updates the other {@code columns} of existing ones. When {@code source} holds a key more than
   * once, the row with the highest {@code order} column wins.
   */
  String upsert(String target, String source, List<String> columns, List<String> key, String order);

  /**
   * Starts a bulk load of rows shaped like {@code schema} into the same-named columns of the table,
   * on the connection's current transaction.
   *
   * @param columns the table's columns in the order of {@code schema}'s fields, so the fastest
   *     encoding that fits them can be chosen; null when unknown
   */
  BulkLoad bulkLoad(
      Connection connection, String qualifiedTable, Schema schema, List<DbColumn> columns)
      throws SQLException;

  /**
   * Opens a stream of the rows {@code select} returns, whose columns are {@code columns} in order;
   * {@code select} must come from {@link #selectList}.
   */
  RowStream rows(Connection connection, String select, List<DbColumn> columns) throws SQLException;

  /** The select list that reads {@code columns} in the form {@link #rows} decodes. */
  String selectList(List<DbColumn> columns);

  /** A SQL literal for {@code value} (as its text form) to compare with {@code column}. */
  String literal(String value, DbColumn column);

  /**
   * {@code e} as a user-facing failure: the code for what went wrong (authentication, missing
   * database or table, rights, reachability) or {@code fallback}, with a message naming {@code
   * where}.
   */
  ConnectorException translate(SQLException e, String where, ErrorCode fallback);
}
