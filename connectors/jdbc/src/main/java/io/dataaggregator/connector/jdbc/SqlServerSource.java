package io.dataaggregator.connector.jdbc;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.Catalog;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorSpec;
import io.dataaggregator.engine.spi.CursorRange;
import io.dataaggregator.engine.spi.Source;

/**
 * Reads SQL Server tables: full refresh (in parallel key ranges for large tables, each range in its
 * own transaction) or incremental on a cursor column, through streamed result sets. Stateless; each
 * reader holds its own connections. Not yet tested against a live server.
 */
@AutoService(Source.class)
public final class SqlServerSource implements Source<SqlServerConfig> {
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
}
