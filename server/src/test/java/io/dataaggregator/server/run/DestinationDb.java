package io.dataaggregator.server.run;

import io.dataaggregator.server.testing.ThrowawayPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A throwaway database on the machine's PostgreSQL that pipelines under test write into; created on
 * first use and dropped when the test JVM exits. Tests use their own table names.
 */
public final class DestinationDb {
  private static String name;

  private DestinationDb() {}

  public static synchronized String name() {
    if (name == null) {
      String created =
          "dagg_dest_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      admin("CREATE DATABASE " + created);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(() -> admin("DROP DATABASE IF EXISTS " + created + " WITH (FORCE)")));
      name = created;
    }
    return name;
  }

  /** The destination settings of a pipeline writing into {@code table} of this database. */
  public static String yaml(String table) {
    return "destination:\n"
        + "  connector: postgres\n"
        + "  config: {database: "
        + name()
        + ", user: "
        + ThrowawayPostgres.USER
        + "}\n"
        + "  table: "
        + table
        + "\n"
        + "  mode: append\n";
  }

  /** The single number {@code sql} returns. */
  public static long number(String sql) {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Runs statements in the database (autocommit), e.g. to fill a source table. */
  public static void execute(String... sql) {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Rows in {@code table}, 0 when it does not exist yet. */
  public static long rows(String table) {
    long exists = number("SELECT COUNT(*) FROM pg_tables WHERE tablename = '" + table + "'");
    return exists == 0 ? 0 : number("SELECT COUNT(*) FROM " + table);
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(ThrowawayPostgres.HOST + name(), ThrowawayPostgres.USER, "");
  }

  private static void admin(String sql) {
    try (Connection c =
            DriverManager.getConnection(
                ThrowawayPostgres.HOST + "postgres", ThrowawayPostgres.USER, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
