package io.dataaggregator.connector.jdbc;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.Catalog;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorSpec;
import io.dataaggregator.engine.spi.CursorRange;
import io.dataaggregator.engine.spi.QueryReader;
import io.dataaggregator.engine.spi.QuerySource;
import io.dataaggregator.engine.spi.Source;
import java.util.Optional;

/**
 * Reads SQL Server tables: full refresh (in parallel key ranges for large tables, each range in its
 * own transaction) or incremental on a cursor column, through streamed result sets; also runs
 * queries for the lookup step, in a transaction always rolled back (SQL Server has no read-only
 * transactions). Stateless; each reader holds its own connections. Not yet tested against a live
 * server.
 */
@AutoService(Source.class)
public final class SqlServerSource implements QuerySource<SqlServerConfig> {
  static final ConnectorSpec<SqlServerConfig> SPEC =
      new ConnectorSpec<>(
          "sqlserver",
          "SQL Server",
          "Tables of a Microsoft SQL Server database (no live test yet)",
          SqlServerConfig.class);

  @Override
  public ConnectorSpec<SqlServerConfig> spec() {
    return SPEC;
  }

  @Override
  public CheckResult check(SqlServerConfig config) {
    return JdbcSources.check(SqlServerDialect.INSTANCE, config);
  }

  @Override
  public Catalog discover(SqlServerConfig config) {
    return JdbcSources.discover(SqlServerDialect.INSTANCE, config);
  }

  @Override
  public BatchReader read(SqlServerConfig config, CatalogStream stream, Checkpoint from) {
    return JdbcSources.read(SqlServerDialect.INSTANCE, config, stream, from);
  }

  /**
   * Opens a reader on the rows whose cursor lies in {@code range}, both ends inclusive: {@code
   * cursor >= from AND cursor <= to}, the bounds read as the cursor column's type.
   */
  @Override
  public BatchReader read(
      SqlServerConfig config, CatalogStream stream, Checkpoint from, CursorRange range) {
    return JdbcSources.read(SqlServerDialect.INSTANCE, config, stream, from, range);
  }

  @Override
  public Optional<String> problem(String query) {
    return JdbcQueries.problem(query);
  }

  /** Runs a read query on its own read-only connection, typed as a table's columns are. */
  @Override
  public QueryReader query(SqlServerConfig config, String query) {
    return JdbcQueries.query(SqlServerDialect.INSTANCE, config, query);
  }
}
