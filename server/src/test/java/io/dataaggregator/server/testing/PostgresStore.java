package io.dataaggregator.server.testing;

import io.dataaggregator.testkit.ThrowawayPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives one test class's server a throwaway database on the local PostgreSQL as its store, and
 * drops it afterwards. It hands the URL to the server as the system property {@code dagg.db.url}
 * (what {@code DAGG_DB_URL} sets), so the server takes the same path as in production.
 */
public final class PostgresStore implements BeforeAllCallback, AfterAllCallback {
  private ThrowawayPostgres database;

  @Override
  public void beforeAll(ExtensionContext context) {
    if (nested(context)) {
      return; // @Nested classes use the database of their enclosing class
    }
    database = ThrowawayPostgres.create();
    System.setProperty("dagg.db.url", database.jdbcUrl());
    System.setProperty("dagg.db.user", database.user());
  }

  @Override
  public void afterAll(ExtensionContext context) {
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
    database.close();
  }

  private static boolean nested(ExtensionContext context) {
    return context.getRequiredTestClass().getEnclosingClass() != null;
  }
}
