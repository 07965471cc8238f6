package io.dataaggregator.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fresh, empty database {@code dagg_t_<random>} on the machine's MariaDB (127.0.0.1:3306, user
 * root, no password), dropped afterwards together with the users {@link #createUser} made.
 *
 * <pre>{@code
 * @RegisterExtension static final ThrowawayMariaDb DB = new ThrowawayMariaDb();
 * }</pre>
 *
 * <p>Dropping first kills every connection still using the database or its users, so a leaked
 * connection holding a lock cannot make the drop wait.
 */
public final class ThrowawayMariaDb extends ThrowawayDatabase {
  public static final String HOST = "127.0.0.1";
  public static final int PORT = 3306;
  public static final String USER = "root";
  /** MariaDB's error for KILL of a session that ended between listing and killing it. */
  private static final int UNKNOWN_THREAD = 1094;

  private final List<String> users = new CopyOnWriteArrayList<>();

  public ThrowawayMariaDb() {
    super("MariaDB", HOST, PORT, USER);
  }

  /** Creates the database now; pair with {@link #close()}. */
  public static ThrowawayMariaDb create() {
    var db = new ThrowawayMariaDb();
    db.createDatabase();
    return db;
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

  @Override
  String urlOf(String databaseOrNull) {
    return "jdbc:mariadb://" + HOST + ":" + PORT + "/" + (databaseOrNull == null ? "" : databaseOrNull);
  }

  @Override
  String createStatement(String name) {
    return "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci";
  }

  @Override
  void drop(String name) {
    var sql = new ArrayList<String>();
    for (long id : sessionsOf(name)) {
      sql.add("KILL CONNECTION " + id);
    }
    sql.add("DROP DATABASE IF EXISTS `" + name + "`");
    users.forEach(u -> sql.add("DROP USER IF EXISTS '" + u + "'@'%'"));
    onServer(sql.toArray(String[]::new));
    users.clear();
  }

  @Override
  boolean isHarmless(SQLException e) {
    return e.getErrorCode() == UNKNOWN_THREAD;
  }

  @Override
  Properties credentials() {
    var props = super.credentials();
    props.setProperty("password", "");
    return props;
  }

  private List<Long> sessionsOf(String name) {
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
}
