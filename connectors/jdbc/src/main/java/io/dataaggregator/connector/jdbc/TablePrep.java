package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Makes a destination table fit the incoming schema before rows arrive: creates it when missing
 * (the upsert key becomes its primary key), adds the columns it lacks, and refuses, naming table,
 * column and both types, a column whose type cannot take the incoming values. Also checks the
 * rights and, for upserts, the unique key.
 */
final class TablePrep {
  private final Dialect dialect;
  private final Connection connection;
  private final DbCatalog catalog;
  private final JdbcConfig config;

  TablePrep(Dialect dialect, Connection connection, JdbcConfig config) {
    this.dialect = dialect;
    this.connection = connection;
    this.catalog = dialect.catalog(connection);
    this.config = config;
  }

  /** Makes {@code table} ready for rows shaped like {@code schema}, in the current transaction. */
  void prepare(String table, Schema schema, WriteTarget target) throws SQLException {
    execute(changes(table, schema, target));
  }

  /**
   * The DDL that makes {@code table} ready for rows shaped like {@code schema}; empty when it is.
   *
   * @throws ConnectorException when a right, the upsert key or a column type does not fit
   */
  List<String> changes(String table, Schema schema, WriteTarget target) throws SQLException {
    List<DbColumn> columns = catalog.columns(config.namespace(), table);
    String qualified = dialect.table(config.namespace(), table);
    if (columns.isEmpty()) {
      return List.of(dialect.createTable(qualified, schema, target.key()));
    }
    requireRight(table, "INSERT");
    if (target.mode() == WriteMode.UPSERT) {
      requireRight(table, "UPDATE");
      requireUniqueKey(table, target.key());
    }
    var ddl = new ArrayList<String>();
    for (Field field : schema.fields()) {
      DbColumn existing =
          columns.stream().filter(c -> c.name().equals(field.name())).findFirst().orElse(null);
      if (existing == null) {
        ddl.add(dialect.addColumn(qualified, field));
      } else {
        requireLoadable(table, field, existing);
      }
    }
    return ddl;
  }

  /**
   * Fits {@code table} to a batch of another schema in the middle of a run. Where DDL would commit
   * the open transaction (MySQL) and rows are uncommitted, those rows are rolled back first and the
   * run is failed as transient: committing them without their checkpoint would break exactly-once,
   * and a rerun resumes from the last checkpoint with the table already fitted.
   */
  void reshape(String table, Schema schema, WriteTarget target, boolean uncommitted)
      throws SQLException {
    List<String> ddl = changes(table, schema, target);
    if (!ddl.isEmpty() && !dialect.transactionalDdl() && uncommitted) {
      connection.rollback();
      execute(ddl);
      throw new ConnectorException(
          JdbcErrorCode.SCHEMA_CHANGED,
          "table "
              + name(table)
              + " had to change for a batch of another shape in the middle of the run ("
              + String.join("; ", ddl)
              + "); "
              + dialect.product()
              + " commits an open transaction on DDL, so the rows since the last checkpoint were"
              + " rolled back before the change; run the pipeline again to resume from there");
    }
    execute(ddl);
  }

  void execute(List<String> ddl) throws SQLException {
    for (String sql : ddl) {
      Ddl.execute(connection, sql);
    }
  }

  /** Drops {@code table} if it exists. */
  void drop(String table) throws SQLException {
    Ddl.execute(connection, dialect.dropTable(dialect.table(config.namespace(), table)));
  }

  private String name(String table) {
    return config.namespace() + "." + table;
  }

  private void requireLoadable(String table, Field field, DbColumn column) {
    DataType existing = dialect.toDataType(column);
    if (!LoadCompatibility.loads(field.type(), existing)) {
      throw new ConnectorException(
          CommonErrorCode.SCHEMA_MISMATCH,
          "column "
              + field.name()
              + " of table "
              + name(table)
              + " is "
              + column.display()
              + " ("
              + existing
              + ") but the incoming "
              + field.name()
              + " is "
              + field.type()
              + "; change the column's type or cast the field in the pipeline");
    }
  }

  private void requireRight(String table, String right) throws SQLException {
    if (!catalog.hasPrivilege(config.namespace(), table, right)) {
      throw new ConnectorException(
          CommonErrorCode.PERMISSION_DENIED,
          "user "
              + config.user()
              + " may not write to table "
              + name(table)
              + " in "
              + config.where()
              + " (no "
              + right
              + " right); GRANT "
              + right
              + " ON "
              + name(table)
              + " TO "
              + config.user());
    }
  }

  private void requireUniqueKey(String table, List<String> key) throws SQLException {
    var wanted = new HashSet<>(key);
    for (List<String> unique : catalog.uniqueKeys(config.namespace(), table)) {
      if (new HashSet<>(unique).equals(wanted)) {
        return;
      }
    }
    throw new ConnectorException(
        JdbcErrorCode.UPSERT_KEY_NOT_UNIQUE,
        "upsert into table "
            + name(table)
            + " on ("
            + String.join(", ", key)
            + ") needs a primary"
            + " key or unique constraint on exactly those columns, and the table has none; add one,"
            + " e.g. ALTER TABLE "
            + name(table)
            + " ADD PRIMARY KEY ("
            + String.join(", ", key)
            + ")");
  }
}
