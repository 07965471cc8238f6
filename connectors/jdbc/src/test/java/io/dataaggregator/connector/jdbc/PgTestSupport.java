package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.testkit.ThrowawayPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Helpers for the PostgreSQL connector's integration tests. */
final class PgTestSupport {
  static final PostgresSource SOURCE = new PostgresSource();
  static final PostgresDestination DESTINATION = new PostgresDestination();

  private PgTestSupport() {}

  static PostgresConfig config(ThrowawayPostgres pg) {
    return PostgresConfig.of(pg.host(), pg.port(), pg.database(), pg.user());
  }

  static WriteTarget target(String table, Schema schema, WriteMode mode, String... key) {
    return new WriteTarget("p1", table, table, schema, mode, List.of(key));
  }

  /** Writes the batches in one transaction with a START checkpoint, then finishes. */
  static void writeAll(PostgresConfig config, WriteTarget target, Batch... batches) {
    try (BatchWriter w = DESTINATION.open(config, target)) {
      w.resumeFrom();
      for (Batch b : batches) {
        w.write(b);
      }
      w.commit(Checkpoint.START);
      w.finish();
    }
  }

  /** What a reader returns, all batches together. */
  record ReadResult(
      List<Object[]> rows, List<Rejection> rejections, Checkpoint checkpoint, int batches) {}

  static ReadResult readAll(PostgresConfig config, CatalogStream stream, Checkpoint from) {
    var rows = new ArrayList<Object[]>();
    var rejections = new ArrayList<Rejection>();
    int batches = 0;
    try (BatchReader r = SOURCE.read(config, stream, from)) {
      for (Batch b = r.next(); b != null; b = r.next()) {
        rows.addAll(b.rows());
        rejections.addAll(b.rejections());
        batches++;
      }
      return new ReadResult(rows, rejections, r.checkpoint(), batches);
    }
  }

  static CatalogStream stream(PostgresConfig config, String table) {
    return SOURCE.discover(config.withTables(List.of(table))).stream(table).orElseThrow();
  }

  /** Rows of a query as lists of JDBC values. */
  static List<List<Object>> query(ThrowawayPostgres pg, String sql) {
    try (Connection c = pg.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      var out = new ArrayList<List<Object>>();
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        var row = new ArrayList<Object>();
        for (int i = 1; i <= n; i++) {
          row.add(r.getObject(i));
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  static long count(ThrowawayPostgres pg, String table) {
    return ((Number) query(pg, "SELECT count(*) FROM " + table).get(0).get(0)).longValue();
  }
}
