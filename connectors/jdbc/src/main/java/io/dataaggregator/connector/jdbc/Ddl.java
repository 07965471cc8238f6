package io.dataaggregator.connector.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

/** DDL that concurrent writers may run at the same moment, and that must not end a transaction. */
final class Ddl {
  private Ddl() {}

  /**
   * Runs a create-if-missing statement that another connection may be running too.
   *
   * <p>Where DDL is transactional (PostgreSQL, SQL Server) it joins the caller's transaction: the
   * loser of a race fails with a duplicate although the object now exists, and that error alone is
   * undone through a savepoint. Where DDL commits the open transaction (MySQL), it runs on a
   * connection of its own, so rows not yet committed stay uncommitted.
   */
  static void createIfMissing(Dialect dialect, Connection connection, JdbcConfig config, String sql)
      throws SQLException {
    if (!dialect.transactionalDdl()) {
      Connection side = JdbcConnections.open(dialect, config);
      try (Statement s = side.createStatement()) {
        s.execute(sql);
        side.commit();
      } finally {
        JdbcConnections.closeQuietly(side);
      }
      return;
    }
    Savepoint savepoint = connection.setSavepoint();
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
      connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      if (!dialect.isDuplicateObject(e)) {
        throw e;
      }
      connection.rollback(savepoint);
    }
  }

  /** Runs {@code sql} on {@code connection}. */
  static void execute(Connection connection, String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }
}
