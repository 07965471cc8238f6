package io.dataaggregator.connector.jdbc;

import io.dataaggregator.connector.jdbc.JdbcTestDb.ReadResult;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.testkit.ThrowawayMariaDb;
import java.sql.ResultSet;
import java.util.List;

/**
 * Helpers for the MySQL/MariaDB connector's integration tests; the contracts use {@link MyTestDb}.
 */
final class MyTestSupport {
  static final MysqlSource SOURCE = new MysqlSource();
  static final MysqlDestination DESTINATION = new MysqlDestination();

  private MyTestSupport() {}

  static MysqlConfig config(ThrowawayMariaDb db) {
    return MysqlConfig.of(db.host(), db.port(), db.database(), db.user());
  }

  static WriteTarget target(String table, Schema schema, WriteMode mode, String... key) {
    return JdbcTestDb.target(table, schema, mode, key);
  }

  /** Writes the batches in one transaction with a START checkpoint, then finishes. */
  static void writeAll(MysqlConfig config, WriteTarget target, Batch... batches) {
    JdbcTestDb.writeAll(DESTINATION, config, target, batches);
  }

  static ReadResult readAll(MysqlConfig config, CatalogStream stream, Checkpoint from) {
    return JdbcTestDb.readAll(SOURCE, config, stream, from);
  }

  static CatalogStream stream(MysqlConfig config, String table) {
    return SOURCE.discover(config.withTables(List.of(table))).stream(table).orElseThrow();
  }

  /** Rows of a query with every value as the server's text. */
  static List<List<String>> text(ThrowawayMariaDb db, String sql) {
    return JdbcTestDb.rows(db, sql, ResultSet::getString);
  }

  static long count(ThrowawayMariaDb db, String table) {
    return Long.parseLong(text(db, "SELECT count(*) FROM " + table).get(0).get(0));
  }
}
