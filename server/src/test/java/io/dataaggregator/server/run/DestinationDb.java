package io.dataaggregator.server.run;

import io.dataaggregator.testkit.ThrowawayPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A throwaway database on the machine's PostgreSQL that pipelines under test write into; created on
 * first use and dropped when the test JVM exits. Tests use their own table names.
 */
public final class DestinationDb {
  private static ThrowawayPostgres database;

  private DestinationDb() {}

  private static synchronized ThrowawayPostgres database() {
    if (database == null) {
      ThrowawayPostgres created = ThrowawayPostgres.create();
      Runtime.getRuntime().addShutdownHook(new Thread(created::close));
      database = created;
    }
    return database;
  }

  public static String name() {
    return database().database();
  }

  /** The destination settings of a pipeline writing into {@code table} of this database. */
  public static String yaml(String table) {
    return "destination:\n"
        + "  connector: postgres\n"
        + "  config: {database: "
        + name()
        + ", user: "
        + database().user()
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
    return database().connect();
  }
}
