package io.dataaggregator.server.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Creates a database on the local PostgreSQL for one test class and drops it afterwards. It hands
 * the URL to the server as the system property {@code dagg.db.url} (what {@code DAGG_DB_URL} sets),
 * so the server takes the same path as in production.
 */
public final class ThrowawayPostgres implements BeforeAllCallback, AfterAllCallback {
  public static final String HOST = "jdbc:postgresql://127.0.0.1:5432/";
  public static final String USER = "postgres";

  private String database;

  @Override
  public void beforeAll(ExtensionContext context) throws SQLException {
    if (nested(context)) {
      return; // @Nested classes use the database of their enclosing class
    }
    database = "dagg_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    admin("CREATE DATABASE " + database);
    System.setProperty("dagg.db.url", HOST + database);
    System.setProperty("dagg.db.user", USER);
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    if (nested(context)) {
      return;
    }
    // Close the server first: it is cached by Spring, and only this class uses its configuration.
    if (SpringExtension.getApplicationContext(context)
        instanceof ConfigurableApplicationContext c) {
      c.close();
    }
    System.clearProperty("dagg.db.url");
    System.clearProperty("dagg.db.user");
    // FORCE ends connections a pool may still hold.
    admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
  }

  private static boolean nested(ExtensionContext context) {
    return context.getRequiredTestClass().getEnclosingClass() != null;
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(HOST + "postgres", USER, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
