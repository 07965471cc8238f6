package io.dataaggregator.connector.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

/** DDL that concurrent writers may run at the same moment. */
final class PgDdl {
  private PgDdl() {}

  /**
   * Runs a {@code CREATE ... IF NOT EXISTS} that another connection may be running too. PostgreSQL
   * then fails the loser with a duplicate (42P07, or 23505 on its catalog) although the object now
   * exists; that error is undone alone, through a savepoint, and the transaction goes on.
   */
  static void createIfMissing(Connection connection, String sql) throws SQLException {
    Savepoint savepoint = connection.setSavepoint();
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
      connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      if (!"42P07".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
        throw e;
      }
      connection.rollback(savepoint);
    }
  }
}
