package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.CommonErrorCode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens plain JDBC connections from a {@link PostgresConfig}; one per reader or writer. */
final class PgConnections {
  private PgConnections() {}

  /**
   * A new connection with autocommit off.
   *
   * @throws io.dataaggregator.engine.spi.ConnectorException AUTH_FAILED, UNREACHABLE or NOT_FOUND
   *     (no such database), naming host and port
   */
  static Connection open(PostgresConfig config) {
    String url =
        "jdbc:postgresql://"
            + config.host()
            + ":"
            + config.port()
            + "/"
            + URLEncoder.encode(config.database(), StandardCharsets.UTF_8);
    try {
      Connection c = DriverManager.getConnection(url, properties(config));
      c.setAutoCommit(false);
      return c;
    } catch (SQLException e) {
      throw PgErrors.translate(e, config.host() + ":" + config.port(), CommonErrorCode.UNREACHABLE);
    }
  }

  private static Properties properties(PostgresConfig config) {
    var p = new Properties();
    p.setProperty("user", config.user());
    p.setProperty("password", config.password());
    p.setProperty("ApplicationName", "dataaggregator");
    p.setProperty("connectTimeout", "15");
    p.setProperty("tcpKeepAlive", "true");
    if (config.sslMode() != null) {
      p.setProperty("sslmode", config.sslMode());
    }
    return p;
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
