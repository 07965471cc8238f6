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
 * A fresh, empty database {@code dagg_t_<random>} on the machine's PostgreSQL (127.0.0.1:5432, user
 * postgres, trust authentication), dropped afterwards.
 *
 * <p>As a JUnit extension it lives for one test class:
 *
 * <pre>{@code
 * @RegisterExtension static final ThrowawayPostgres PG = new ThrowawayPostgres();
 * }</pre>
 *
 * <p>Outside JUnit, {@link #create()} makes one and {@link #close()} drops it. Dropping first
 * terminates every connection still open on the database, so a leaked connection cannot make a test
 * run leave databases behind. Thread-safe once created.
 */
public final class ThrowawayPostgres implements BeforeAllCallback, AfterAllCallback, AutoCloseable {
  public static final String HOST = "127.0.0.1";
  public static final int PORT = 5432;
  public static final String USER = "postgres";

  private static final SecureRandom RANDOM = new SecureRandom();

  private volatile String database;

  /** Creates the database now; pair with {@link #close()}. */
  public static ThrowawayPostgres create() {
    var pg = new ThrowawayPostgres();
    pg.createDatabase();
    return pg;
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
    return HOST;
  }

  public int port() {
    return PORT;
  }

  public String user() {
    return USER;
  }

  /** The database's name, {@code dagg_t_} and 12 random hex digits. */
  public String database() {
    if (database == null) {
      throw new IllegalStateException("the throwaway database is not created yet (or dropped)");
    }
    return database;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database();
  }

  /** A new connection to the database as the superuser; the caller closes it. */
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

  /** Drops the database after terminating the connections still open on it; idempotent. */
  @Override
  public synchronized void close() {
    String name = database;
    if (name == null) {
      return;
    }
    onMaintenanceDb(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'",
        "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    database = null;
  }

  private synchronized void createDatabase() {
    if (database != null) {
      return;
    }
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    String name = "dagg_t_" + HexFormat.of().formatHex(bytes);
    onMaintenanceDb("CREATE DATABASE " + name);
    database = name;
  }

  private static void onMaintenanceDb(String... sql) {
    String url = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
    try (Connection c = DriverManager.getConnection(url, credentials());
        Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at "
              + HOST
              + ":"
              + PORT
              + " (user "
              + USER
              + ") is needed for this test: "
              + e.getMessage(),
          e);
    }
  }

  private static Properties credentials() {
    var props = new Properties();
    props.setProperty("user", USER);
    return props;
  }
}
