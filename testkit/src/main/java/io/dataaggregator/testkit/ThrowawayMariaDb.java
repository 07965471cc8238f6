package io.dataaggregator.testkit;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, empty database {@code dagg_t_<random>} on the machine's MariaDB (127.0.0.1:3306, user
 * root, no password), dropped afterwards together with the users {@link #createUser} made.
 *
 * <p>As a JUnit extension it lives for one test class:
 *
 * <pre>{@code
 * @RegisterExtension static final ThrowawayMariaDb DB = new ThrowawayMariaDb();
 * }</pre>
 *
 * <p>Outside JUnit, {@link #create()} makes one and {@link #close()} drops it. Dropping first kills
 * every connection still using the database or its users, so a leaked connection holding a lock
 * cannot make the drop wait. Thread-safe once created.
 */
public final class ThrowawayMariaDb implements BeforeAllCallback, AfterAllCallback, AutoCloseable {
  public static final String HOST = "127.0.0.1";
  public static final int PORT = 3306;
  public static final String USER = "root";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final List<String> users = new CopyOnWriteArrayList<>();
  private volatile String database;

  /** Creates the database now; pair with {@link #close()}. */
  public static ThrowawayMariaDb create() {
    var db = new ThrowawayMariaDb();
    db.createDatabase();
    return db;
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
    return "jdbc:mariadb://" + HOST + ":" + PORT + "/" + database();
  }

  /** A new connection to the database as root; the caller closes it. */
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

  /**
   * Creates the user {@code <database>_<suffix>} (from any host) with {@code password} and no
   * rights; grant them with {@link #execute}. Dropped with the database.
   *
   * @param suffix a few letters; user names may be 32 characters long in MySQL
   * @return the user's name
   */
  public String createUser(String suffix, String password) {
    String name = database() + "_" + suffix;
    onServer("CREATE USER '" + name + "'@'%' IDENTIFIED BY '" + password.replace("'", "''") + "'");
    users.add(name);
    return name;
  }

  /** Drops the database and the users after killing their connections; idempotent. */
  @Override
  public synchronized void close() {
    String name = database;
    if (name == null) {
      return;
    }
    var sql = new ArrayList<String>();
    for (long id : sessionsOf(name)) {
      sql.add("KILL CONNECTION " + id);
    }
    sql.add("DROP DATABASE IF EXISTS `" + name + "`");
    users.forEach(u -> sql.add("DROP USER IF EXISTS '" + u + "'@'%'"));
    onServer(sql.toArray(String[]::new));
    users.clear();
    database = null;
  }

  private static List<Long> sessionsOf(String name) {
    var ids = new ArrayList<Long>();
    try (Connection c = serverConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT ID FROM information_schema.PROCESSLIST"
                    + " WHERE (DB = ? OR USER LIKE ?) AND ID <> CONNECTION_ID()")) {
      s.setString(1, name);
      s.setString(2, name + "\\_%");
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw unavailable(e);
    }
    return ids;
  }

  private synchronized void createDatabase() {
    if (database != null) {
      return;
    }
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    String name = "dagg_t_" + HexFormat.of().formatHex(bytes);
    onServer("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    database = name;
  }

  private static void onServer(String... sql) {
    try (Connection c = serverConnection();
        Statement s = c.createStatement()) {
      for (String statement : sql) {
        try {
          s.execute(statement);
        } catch (SQLException e) {
          // a connection may have ended between listing and killing it (1094: unknown thread)
          if (e.getErrorCode() != 1094) {
            throw e;
          }
        }
      }
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  private static Connection serverConnection() throws SQLException {
    return DriverManager.getConnection("jdbc:mariadb://" + HOST + ":" + PORT + "/", credentials());
  }

  private static IllegalStateException unavailable(SQLException e) {
    return new IllegalStateException(
        "MariaDB at "
            + HOST
            + ":"
            + PORT
            + " (user "
            + USER
            + ") is needed for this test: "
            + e.getMessage(),
        e);
  }

  private static Properties credentials() {
    var props = new Properties();
    props.setProperty("user", USER);
    props.setProperty("password", "");
    return props;
  }
}
