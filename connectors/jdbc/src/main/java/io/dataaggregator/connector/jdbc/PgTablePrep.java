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
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;

/**
 * Makes a destination table fit the incoming schema before rows arrive: creates it when missing
 * (the upsert key becomes its primary key), adds the columns it lacks, and refuses, naming table,
 * column and both types, a column whose type cannot take the incoming values. Also checks the
 * rights and, for upserts, the unique key.
 */
final class PgTablePrep {
  private static final PostgresDialect DIALECT = PostgresDialect.INSTANCE;

  private final Connection connection;
  private final PgCatalog catalog;
  private final PostgresConfig config;

  PgTablePrep(Connection connection, PostgresConfig config) {
    this.connection = connection;
    this.catalog = new PgCatalog(connection);
    this.config = config;
  }

  /** Makes {@code table} ready for rows shaped like {@code schema}, in the current transaction. */
  void prepare(String table, Schema schema, WriteTarget target) throws SQLException {
    List<DbColumn> columns = catalog.columns(config.schema(), table);
    String qualified = DIALECT.table(config.schema(), table);
    if (columns.isEmpty()) {
      execute(DIALECT.createTable(qualified, schema, target.key()));
      return;
    }
    requireRight(table, "INSERT");
    if (target.mode() == WriteMode.UPSERT) {
      requireRight(table, "UPDATE");
      requireUniqueKey(table, target.key());
    }
    for (Field field : schema.fields()) {
      DbColumn existing =
          columns.stream().filter(c -> c.name().equals(field.name())).findFirst().orElse(null);
      if (existing == null) {
        execute(DIALECT.addColumn(qualified, field));
      } else {
        requireLoadable(table, field, existing);
      }
    }
  }

  /** Drops {@code table} if it exists. */
  void drop(String table) throws SQLException {
    execute("DROP TABLE IF EXISTS " + DIALECT.table(config.schema(), table));
  }

  private void requireLoadable(String table, Field field, DbColumn column) {
    DataType existing = DIALECT.toDataType(column);
    if (!LoadCompatibility.loads(field.type(), existing)) {
      throw new ConnectorException(
          CommonErrorCode.SCHEMA_MISMATCH,
          "column "
              + field.name()
              + " of table "
              + config.schema()
              + "."
              + table
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
    if (!catalog.hasPrivilege(config.schema(), table, right)) {
      throw new ConnectorException(
          CommonErrorCode.PERMISSION_DENIED,
          "user "
              + config.user()
              + " may not write to table "
              + config.schema()
              + "."
              + table
              + " in "
              + config.where()
              + " (no "
              + right
              + " right); GRANT "
              + right
              + " ON "
              + config.schema()
              + "."
              + table
              + " TO "
              + config.user());
    }
  }

  private void requireUniqueKey(String table, List<String> key) throws SQLException {
    var wanted = new HashSet<>(key);
    for (List<String> unique : catalog.uniqueKeys(config.schema(), table, false)) {
      if (new HashSet<>(unique).equals(wanted)) {
        return;
      }
    }
    throw new ConnectorException(
        JdbcErrorCode.UPSERT_KEY_NOT_UNIQUE,
        "upsert into table "
            + config.schema()
            + "."
            + table
            + " on ("
            + String.join(", ", key)
            + ") needs a primary"
            + " key or unique constraint on exactly those columns, and the table has none; add one,"
            + " e.g. ALTER TABLE "
            + config.schema()
            + "."
            + table
            + " ADD PRIMARY KEY ("
            + String.join(", ", key)
            + ")");
  }

  void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }
}
