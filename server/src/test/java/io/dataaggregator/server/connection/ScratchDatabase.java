package io.dataaggregator.server.connection;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A throwaway database on the machine's PostgreSQL (127.0.0.1:5432, user postgres) for one test.
 */
public final class ScratchDatabase implements AutoCloseable {
  private static final String HOST = "jdbc:postgresql://127.0.0.1:5432/";
  private static final String USER = "postgres";

  private final String name;

  private ScratchDatabase(String name) {
    this.name = name;
  }

  public static ScratchDatabase create() throws SQLException {
    String name = "dagg_scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    run(HOST + "postgres", "CREATE DATABASE " + name);
    return new ScratchDatabase(name);
  }

  public String name() {
    return name;
  }

  /** Runs statements in this database. */
  public void execute(String... statements) throws SQLException {
    for (String sql : statements) {
      run(HOST + name, sql);
    }
  }

  @Override
  public void close() throws SQLException {
    run(HOST + "postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void run(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, USER, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
