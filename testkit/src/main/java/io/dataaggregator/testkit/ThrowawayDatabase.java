package io.dataaggregator.testkit;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, empty database {@code dagg_t_<random>} on one of the machine's database servers,
 * dropped afterwards. As a JUnit extension it lives for one test class; outside JUnit, the
 * subclass's {@code create()} makes one and {@link #close()} drops it. Thread-safe once created.
 */
public abstract sealed class ThrowawayDatabase
    implements BeforeAllCallback, AfterAllCallback, AutoCloseable
    permits ThrowawayPostgres, ThrowawayMariaDb {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String product;
  private final String host;
  private final int port;
  private final String user;
  private volatile String database;

  ThrowawayDatabase(String product, String host, int port, String user) {
    this.product = product;
    this.host = host;
    this.port = port;
    this.user = user;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    createDatabase();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String user() {
    return user;
  }

  /** The database's name, {@code dagg_t_} and 12 random hex digits. */
  public String database() {
    String name = database;
    if (name == null) {
      throw new IllegalStateException("the throwaway database is not created yet (or dropped)");
    }
    return name;
  }

  /** The JDBC URL of the database ({@code null}: of the server, for maintenance). */
  abstract String urlOf(String databaseOrNull);

  public String jdbcUrl() {
    return urlOf(database());
  }

  /** A new connection to the database as the server's superuser; the caller closes it. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), credentials());
  }

  /** Runs statements in the database, each in its own transaction (autocommit). */
  public void execute(String... sql) {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("statement failed in " + database + ": " + e.getMessage(), e);
    }
  }

  /** Drops the database after ending the connections still open on it; idempotent. */
  @Override
  public synchronized void close() {
    String name = database;
    if (name == null) {
      return;
    }
    drop(name);
    database = null;
  }

  /** Ends every session on {@code name} (so a leaked connection cannot block) and drops it. */
  abstract void drop(String name);

  /** The statement creating {@code name}. */
  abstract String createStatement(String name);

  final synchronized void createDatabase() {
    if (database != null) {
      return;
    }
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    String name = "dagg_t_" + HexFormat.of().formatHex(bytes);
    onServer(createStatement(name));
    database = name;
  }

  /** Runs maintenance statements on the server, outside the throwaway database. */
  final void onServer(String... sql) {
    try (Connection c = serverConnection();
        Statement s = c.createStatement()) {
      for (String statement : sql) {
        try {
          s.execute(statement);
        } catch (SQLException e) {
          if (!isHarmless(e)) {
            throw e;
          }
        }
      }
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /** An error a maintenance statement may meet without harm (a session that ended meanwhile). */
  boolean isHarmless(SQLException e) {
    return false;
  }

  final Connection serverConnection() throws SQLException {
    return DriverManager.getConnection(urlOf(null), credentials());
  }

  final IllegalStateException unavailable(SQLException e) {
    return new IllegalStateException(
        product
            + " at "
            + host
            + ":"
            + port
            + " (user "
            + user
            + ") is needed for this test: "
            + e.getMessage(),
        e);
  }

  Properties credentials() {
    var props = new Properties();
    props.setProperty("user", user);
    return props;
  }
}
