package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.SyncMode;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Chooses how a stream is read: incremental on its cursor, in parallel key ranges (full refresh of
 * a large table with one integer key column), or as one plain scan.
 */
final class PgReads {
  private static final Set<String> INTEGER_TYPES = Set.of("int2", "int4", "int8");
  private static final PostgresDialect DIALECT = PostgresDialect.INSTANCE;

  private final PostgresConfig config;
  private final CatalogStream stream;
  private final String table;

  PgReads(PostgresConfig config, CatalogStream stream) {
    this.config = config;
    this.stream = stream;
    this.table = DIALECT.table(config.schema(), stream.name());
  }

  BatchReader open(Checkpoint from) {
    Connection c = PgConnections.open(config);
    try {
      var catalog = new PgCatalog(c);
      List<DbColumn> columns = columnsOf(catalog);
      Schema schema = schemaOf(columns);
      String select = "SELECT " + DIALECT.selectList(columns) + " FROM " + table;
      if (stream.sync() == SyncMode.INCREMENTAL) {
        return incremental(c, columns, schema, select, from);
      }
      List<String> key = catalog.primaryKey(config.schema(), stream.name());
      if (config.parallelism() > 1
          && key.size() == 1
          && isIntegerColumn(columns, key.get(0))
          && catalog.rowEstimate(config.schema(), stream.name()) >= config.parallelMinRows()) {
        return parallel(c, catalog, columns, schema, select, key.get(0));
      }
      return reader(c, DIALECT.rows(c, select, columns), schema, -1, from);
    } catch (SQLException e) {
      PgConnections.closeQuietly(c);
      throw DIALECT.translate(
          e, "reading " + table + " in " + config.where(), CommonErrorCode.READ_FAILED);
    } catch (RuntimeException e) {
      PgConnections.closeQuietly(c);
      throw e;
    }
  }

  /** The table's columns that the stream reads, in the stream's order. */
  private List<DbColumn> columnsOf(PgCatalog catalog) throws SQLException {
    List<DbColumn> all = catalog.columns(config.schema(), stream.name());
    if (all.isEmpty()) {
      throw PostgresSource.missingTable(config, stream.name());
    }
    var picked = new ArrayList<DbColumn>();
    for (String name : stream.schema().names()) {
      picked.add(
          all.stream()
              .filter(c -> c.name().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ConnectorException(
                          CommonErrorCode.SCHEMA_MISMATCH,
                          "column "
                              + name
                              + " of stream "
                              + stream.name()
                              + " is no longer in table "
                              + table
                              + " ("
                              + config.where()
                              + "); discover the source again")));
    }
    return picked;
  }

  static Schema schemaOf(List<DbColumn> columns) {
    return new Schema(
        columns.stream()
            .map(c -> new Field(c.name(), DIALECT.toDataType(c), c.nullable()))
            .toList());
  }

  private BatchReader incremental(
      Connection c, List<DbColumn> columns, Schema schema, String select, Checkpoint from)
      throws SQLException {
    String cursor = stream.cursorField();
    int index = schema.require(cursor);
    String sql = select;
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
      sql +=
          " WHERE "
              + DIALECT.quote(cursor)
              + " > "
              + DIALECT.literal(state.value(), columns.get(index));
    }
    // Rows without a cursor value come first on the first read; later reads cannot see them.
    sql += " ORDER BY " + DIALECT.quote(cursor) + (from.isStart() ? " NULLS FIRST" : "");
    return reader(c, DIALECT.rows(c, sql, columns), schema, index, from);
  }

  private BatchReader parallel(
      Connection c,
      PgCatalog catalog,
      List<DbColumn> columns,
      Schema schema,
      String select,
      String key)
      throws SQLException {
    // A fresh repeatable-read transaction exports the snapshot every range then reads.
    c.commit();
    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    String snapshot = catalog.strings("SELECT pg_export_snapshot()").get(0);
    String k = DIALECT.quote(key);
    List<String> bounds =
        catalog.strings(
            "SELECT min("
                + k
                + ")::text FROM "
                + table
                + " UNION ALL SELECT max("
                + k
                + ")::text FROM "
                + table);
    if (bounds.get(0) == null) {
      return reader(c, DIALECT.rows(c, select, columns), schema, -1, Checkpoint.START);
    }
    var ranges =
        KeyRanges.split(
            Long.parseLong(bounds.get(0)), Long.parseLong(bounds.get(1)), config.parallelism());
    ParallelTableReader.RangeQuery query =
        range -> {
          Connection w = PgConnections.open(config);
          try {
            w.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (var s = w.createStatement()) {
              s.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
            }
            RowStream rows = DIALECT.rows(w, select + " WHERE " + range.where(k), columns);
            return reader(w, rows, schema, -1, Checkpoint.START);
          } catch (SQLException | RuntimeException e) {
            PgConnections.closeQuietly(w);
            throw e;
          }
        };
    return new ParallelTableReader(c, ranges, query, schema, stream.name());
  }

  private TableReader reader(
      Connection c, RowStream rows, Schema schema, int cursorIndex, Checkpoint from) {
    return new TableReader(c, rows, schema, stream.name(), config.fetchSize(), cursorIndex, from);
  }

  private static boolean isIntegerColumn(List<DbColumn> columns, String name) {
    return columns.stream()
        .anyMatch(c -> c.name().equals(name) && INTEGER_TYPES.contains(c.typeName()));
  }
}
