package io.dataaggregator.connector.jdbc;

import io.dataaggregator.connector.jdbc.JdbcTestDb.ReadResult;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.testkit.ThrowawayPostgres;
import java.sql.ResultSet;
import java.util.List;

/** Helpers for the PostgreSQL connector's integration tests; the contracts use {@link PgTestDb}. */
final class PgTestSupport {
  static final PostgresSource SOURCE = new PostgresSource();
  static final PostgresDestination DESTINATION = new PostgresDestination();

  private PgTestSupport() {}

  static PostgresConfig config(ThrowawayPostgres pg) {
    return PostgresConfig.of(pg.host(), pg.port(), pg.database(), pg.user());
  }

  static WriteTarget target(String table, Schema schema, WriteMode mode, String... key) {
    return JdbcTestDb.target(table, schema, mode, key);
  }

  /** Writes the batches in one transaction with a START checkpoint, then finishes. */
  static void writeAll(PostgresConfig config, WriteTarget target, Batch... batches) {
    JdbcTestDb.writeAll(DESTINATION, config, target, batches);
  }

  static ReadResult readAll(PostgresConfig config, CatalogStream stream, Checkpoint from) {
    return JdbcTestDb.readAll(SOURCE, config, stream, from);
  }

  static CatalogStream stream(PostgresConfig config, String table) {
    return SOURCE.discover(config.withTables(List.of(table))).stream(table).orElseThrow();
  }

  /** Rows of a query as lists of JDBC values. */
  static List<List<Object>> query(ThrowawayPostgres pg, String sql) {
    return JdbcTestDb.rows(pg, sql, ResultSet::getObject);
  }

  static long count(ThrowawayPostgres pg, String table) {
    return ((Number) query(pg, "SELECT count(*) FROM " + table).get(0).get(0)).longValue();
  }
}
