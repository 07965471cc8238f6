package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.CursorRange;
import io.dataaggregator.engine.spi.SyncMode;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses how a stream is read: incremental on its cursor (within a cursor range for a backfill),
 * in parallel key ranges (full refresh of a large table with one integer key column), or as one
 * plain scan. The same for every dialect.
 */
final class JdbcReads {
  private final Dialect dialect;
  private final JdbcConfig config;
  private final CatalogStream stream;
  private final String table;

  JdbcReads(Dialect dialect, JdbcConfig config, CatalogStream stream) {
    this.dialect = dialect;
    this.config = config;
    this.stream = stream;
    this.table = dialect.table(config.namespace(), stream.name());
  }

  BatchReader open(Checkpoint from) {
    return open(from, null);
  }

  /**
   * Opens the reader; with a {@code range} (a backfill, incremental streams only) only the rows
   * whose cursor lies in it.
   */
  BatchReader open(Checkpoint from, CursorRange range) {
    if (range != null && stream.sync() != SyncMode.INCREMENTAL) {
      throw new ConnectorException(
          CommonErrorCode.INVALID_CONFIG,
          "stream "
              + stream.name()
              + " is full refresh; a cursor range needs an incremental stream with a cursor");
    }
    Connection c = JdbcConnections.open(dialect, config);
    try {
      DbCatalog catalog = dialect.catalog(c);
      List<DbColumn> columns = columnsOf(catalog);
      Schema schema = schemaOf(dialect, columns);
      String select = "SELECT " + dialect.selectList(columns) + " FROM " + table;
      if (stream.sync() == SyncMode.INCREMENTAL) {
        return incremental(c, columns, schema, select, from, range);
      }
      List<String> key = catalog.primaryKey(config.namespace(), stream.name());
      if (config.parallelism() > 1
          && key.size() == 1
          && isIntegerKey(columns, key.get(0))
          && catalog.rowEstimate(config.namespace(), stream.name()) >= config.parallelMinRows()) {
        return parallel(c, columns, schema, select, key.get(0));
      }
      return reader(c, dialect.rows(c, select, columns), schema, -1, from);
    } catch (SQLException e) {
      JdbcConnections.closeQuietly(c);
      throw dialect.translate(
          e, "reading " + table + " in " + config.where(), CommonErrorCode.READ_FAILED);
    } catch (RuntimeException e) {
      JdbcConnections.closeQuietly(c);
      throw e;
    }
  }

  /** The table's columns that the stream reads, in the stream's order. */
  private List<DbColumn> columnsOf(DbCatalog catalog) throws SQLException {
    List<DbColumn> all = catalog.columns(config.namespace(), stream.name());
    if (all.isEmpty()) {
      throw JdbcSources.missingTable(dialect, config, stream.name());
    }
    var picked = new ArrayList<DbColumn>();
    for (String name : stream.schema().names()) {
      picked.add(
          all.stream()
              .filter(c -> c.name().equals(name))
              .findFirst()
              .orElseThrow(() -> columnGone(name)));
    }
    return picked;
  }

  private ConnectorException columnGone(String name) {
    return new ConnectorException(
        CommonErrorCode.SCHEMA_MISMATCH,
        "column "
            + name
            + " of stream "
            + stream.name()
            + " is no longer in table "
            + table
            + " ("
            + config.where()
            + "); discover the source again");
  }

  static Schema schemaOf(Dialect dialect, List<DbColumn> columns) {
    return new Schema(
        columns.stream()
            .map(c -> new Field(c.name(), dialect.toDataType(c), c.nullable()))
            .toList());
  }

  private BatchReader incremental(
      Connection c,
      List<DbColumn> columns,
      Schema schema,
      String select,
      Checkpoint from,
      CursorRange range)
      throws SQLException {
    String cursor = stream.cursorField();
    int index = schema.require(cursor);
    var where = new ArrayList<String>();
    if (range != null) {
      where.add(new CursorBounds(dialect, stream, columns.get(index)).where(range));
    }
    if (!from.isStart()) {
      CursorState state = CursorState.parse(from, stream.name());
      if (!state.cursor().equals(cursor)) {
        throw new ConnectorException(
            JdbcErrorCode.BAD_CHECKPOINT,
            "the checkpoint of stream "
                + stream.name()
                + " is on cursor "
                + state.cursor()
                + " but the stream now uses "
                + cursor
                + "; reset the stream's state to read it again from the start");
      }
      where.add(
          dialect.quote(cursor) + " > " + dialect.literal(state.value(), columns.get(index)));
    }
    String sql = where.isEmpty() ? select : select + " WHERE " + String.join(" AND ", where);
    // Rows without a cursor value come first on the first read; later reads cannot see them (nor
    // can a range).
    sql += dialect.orderBy(dialect.quote(cursor), where.isEmpty());
    return reader(c, dialect.rows(c, sql, columns), schema, index, from);
  }

  private BatchReader parallel(
      Connection c, List<DbColumn> columns, Schema schema, String select, String key)
      throws SQLException {
    c.commit();
    String snapshot = dialect.shareSnapshot(c);
    String k = dialect.quote(key);
    long min;
    long max;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT min(" + k + "), max(" + k + ") FROM " + table)) {
      r.next();
      min = r.getLong(1);
      max = r.getLong(2);
      if (r.wasNull()) {
        return reader(c, dialect.rows(c, select, columns), schema, -1, Checkpoint.START);
      }
    }
    var ranges = KeyRanges.split(min, max, config.parallelism());
    ParallelTableReader.RangeQuery query =
        range -> {
          Connection w = JdbcConnections.open(dialect, config);
          try {
            dialect.joinSnapshot(w, snapshot);
            RowStream rows = dialect.rows(w, select + " WHERE " + range.where(k), columns);
            return reader(w, rows, schema, -1, Checkpoint.START);
          } catch (SQLException | RuntimeException e) {
            JdbcConnections.closeQuietly(w);
            throw e;
          }
        };
    return new ParallelTableReader(c, ranges, query, schema, stream.name());
  }

  private TableReader reader(
      Connection c, RowStream rows, Schema schema, int cursorIndex, Checkpoint from) {
    return new TableReader(
        c, rows, schema, stream.name(), config.fetchSize(), cursorIndex, from, dialect);
  }

  private boolean isIntegerKey(List<DbColumn> columns, String name) {
    return columns.stream().anyMatch(c -> c.name().equals(name) && dialect.isIntegerKey(c));
  }
}
