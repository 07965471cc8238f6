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
import io.dataaggregator.testkit.ThrowawayMariaDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Helpers for the MySQL/MariaDB connector's integration tests. */
final class MyTestSupport {
  static final MysqlSource SOURCE = new MysqlSource();
  static final MysqlDestination DESTINATION = new MysqlDestination();

  private MyTestSupport() {}

  static MysqlConfig config(ThrowawayMariaDb db) {
    return MysqlConfig.of(db.host(), db.port(), db.database(), db.user());
  }

  static WriteTarget target(String table, Schema schema, WriteMode mode, String... key) {
    return new WriteTarget("p1", table, table, schema, mode, List.of(key));
  }

  /** Writes the batches in one transaction with a START checkpoint, then finishes. */
  static void writeAll(MysqlConfig config, WriteTarget target, Batch... batches) {
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

  static ReadResult readAll(MysqlConfig config, CatalogStream stream, Checkpoint from) {
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

  static CatalogStream stream(MysqlConfig config, String table) {
    return SOURCE.discover(config.withTables(List.of(table))).stream(table).orElseThrow();
  }

  /** Rows of a query as lists of values as the driver returns them. */
  static List<List<Object>> query(ThrowawayMariaDb db, String sql) {
    try (Connection c = db.connect();
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

  /** Rows of a query with every value as the server's text. */
  static List<List<String>> text(ThrowawayMariaDb db, String sql) {
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      var out = new ArrayList<List<String>>();
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        var row = new ArrayList<String>();
        for (int i = 1; i <= n; i++) {
          row.add(r.getString(i));
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  static long count(ThrowawayMariaDb db, String table) {
    return Long.parseLong(text(db, "SELECT count(*) FROM " + table).get(0).get(0));
  }
}
