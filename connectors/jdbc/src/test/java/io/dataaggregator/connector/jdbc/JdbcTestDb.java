package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.Destination;
import io.dataaggregator.engine.spi.QuerySource;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.testkit.ThrowawayDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A throwaway database as the JDBC contracts see it: the connector that reads and writes it, its
 * config, and plain SQL on it. A subclass per database says what differs.
 */
abstract class JdbcTestDb<C extends Record> implements AutoCloseable {
  private final ThrowawayDatabase db;

  JdbcTestDb(ThrowawayDatabase db) {
    this.db = db;
  }

  abstract QuerySource<C> source();

  abstract Destination<C> destination();

  /** Config of the database as the server's superuser. */
  abstract C config();

  abstract C withReading(C config, int fetchSize, int parallelism, long parallelMinRows);

  abstract C withTables(C config, List<String> tables);

  /** A new empty database on the same server, dropped by {@link #close()}. */
  abstract JdbcTestDb<C> fresh();

  /** {@code table} as the connector's messages name it: with its schema or database. */
  abstract String qualified(String table);

  ThrowawayDatabase db() {
    return db;
  }

  String database() {
    return db.database();
  }

  void execute(String... sql) {
    db.execute(sql);
  }

  /** Config reading {@code rows} rows per batch on one connection. */
  C batchesOf(int rows) {
    return withReading(config(), rows, 1, Long.MAX_VALUE);
  }

  CatalogStream stream(String table) {
    return source().discover(withTables(config(), List.of(table))).stream(table).orElseThrow();
  }

  static WriteTarget target(String table, Schema schema, WriteMode mode, String... key) {
    return new WriteTarget("p1", table, table, schema, mode, List.of(key));
  }

  /** Writes the batches in one transaction with a START checkpoint, then finishes. */
  void writeAll(C config, WriteTarget target, Batch... batches) {
    JdbcTestDb.writeAll(destination(), config, target, batches);
  }

  static <C extends Record> void writeAll(
      Destination<C> destination, C config, WriteTarget target, Batch... batches) {
    try (BatchWriter w = destination.open(config, target)) {
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

  ReadResult readAll(C config, CatalogStream stream, Checkpoint from) {
    return JdbcTestDb.readAll(source(), config, stream, from);
  }

  static <C extends Record> ReadResult readAll(
      QuerySource<C> source, C config, CatalogStream stream, Checkpoint from) {
    var rows = new ArrayList<Object[]>();
    var rejections = new ArrayList<Rejection>();
    int batches = 0;
    try (BatchReader r = source.read(config, stream, from)) {
      for (Batch b = r.next(); b != null; b = r.next()) {
        rows.addAll(b.rows());
        rejections.addAll(b.rejections());
        batches++;
      }
      return new ReadResult(rows, rejections, r.checkpoint(), batches);
    }
  }

  /** Rows of a query as lists of values as the driver returns them. */
  List<List<Object>> query(String sql) {
    return rows(db, sql, ResultSet::getObject);
  }

  /** Rows of a query with every value as the server's text. */
  List<List<String>> text(String sql) {
    return rows(db, sql, ResultSet::getString);
  }

  long count(String table) {
    return Long.parseLong(text("SELECT count(*) FROM " + table).get(0).get(0));
  }

  interface Column<T> {
    T get(ResultSet r, int column) throws SQLException;
  }

  static <T> List<List<T>> rows(ThrowawayDatabase db, String sql, Column<T> column) {
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      var out = new ArrayList<List<T>>();
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        var row = new ArrayList<T>();
        for (int i = 1; i <= n; i++) {
          row.add(column.get(r, i));
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Drops the database if this handle made it ({@link #fresh()}); else JUnit does. */
  @Override
  public void close() {
    db.close();
  }
}
