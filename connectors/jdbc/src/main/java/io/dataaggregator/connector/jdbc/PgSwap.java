package io.dataaggregator.connector.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Puts a freshly loaded table in place of the old one within the caller's transaction: drop the old
 * one, rename the new one, give its primary key the usual name. Readers wait on the lock for the
 * moment the swap takes and then see the new table whole; they never see a half-loaded one.
 */
final class PgSwap {
  private static final PostgresDialect DIALECT = PostgresDialect.INSTANCE;

  private final Connection connection;
  private final String schema;

  PgSwap(Connection connection, String schema) {
    this.connection = connection;
    this.schema = schema;
  }

  void swap(String fresh, String table) throws SQLException {
    execute("DROP TABLE IF EXISTS " + DIALECT.table(schema, table));
    execute("ALTER TABLE " + DIALECT.table(schema, fresh) + " RENAME TO " + DIALECT.quote(table));
    List<String> pk =
        new PgCatalog(connection)
            .strings(
                "SELECT conname FROM pg_constraint WHERE contype = 'p'"
                    + " AND conrelid = format('%I.%I', ?, ?)::regclass",
                schema, table);
    String wanted = table + "_pkey";
    if (!pk.isEmpty() && !pk.get(0).equals(wanted)) {
      execute(
          "ALTER TABLE "
              + DIALECT.table(schema, table)
              + " RENAME CONSTRAINT "
              + DIALECT.quote(pk.get(0))
              + " TO "
              + DIALECT.quote(wanted));
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }
}
