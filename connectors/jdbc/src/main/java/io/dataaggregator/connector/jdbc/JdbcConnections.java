package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.CommonErrorCode;
import java.sql.Connection;
import java.sql.SQLException;

/** Opens and closes the plain JDBC connections of readers and writers; one per reader or writer. */
final class JdbcConnections {
  private JdbcConnections() {}

  /**
   * A new connection with autocommit off.
   *
   * @throws io.dataaggregator.engine.spi.ConnectorException AUTH_FAILED, UNREACHABLE or NOT_FOUND
   *     (no such database), naming host and port
   */
  static Connection open(Dialect dialect, JdbcConfig config) {
    try {
      Connection c = dialect.connect(config);
      c.setAutoCommit(false);
      return c;
    } catch (SQLException e) {
      throw dialect.translate(e, config.host() + ":" + config.port(), CommonErrorCode.UNREACHABLE);
    }
  }

  /** Closes {@code c}, rolling back what is open; never throws. */
  static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    try {
      if (!c.isClosed() && !c.getAutoCommit()) {
        c.rollback();
      }
    } catch (SQLException ignored) {
      // closing anyway; the server rolls back on disconnect
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // nothing left to release
    }
  }
}
