package io.dataaggregator.server.run;

import io.dataaggregator.server.testing.ThrowawayPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A throwaway PostgreSQL database that several servers under test share as their store. */
final class MetadataDb implements AutoCloseable {
  final String name = "dagg_meta_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private final SingleConnectionDataSource dataSource;
  final JdbcClient jdbc;

  MetadataDb() throws SQLException {
    admin("CREATE DATABASE " + name);
    dataSource = new SingleConnectionDataSource(url(), ThrowawayPostgres.USER, "", true);
    jdbc = JdbcClient.create(dataSource);
  }

  String url() {
    return ThrowawayPostgres.HOST + name;
  }

  @Override
  public void close() throws SQLException {
    dataSource.destroy();
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(ThrowawayPostgres.HOST + "postgres", ThrowawayPostgres.USER, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
