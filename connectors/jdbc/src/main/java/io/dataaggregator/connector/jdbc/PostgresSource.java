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
 * Reads PostgreSQL tables: full refresh (in parallel key ranges for large tables, all on one
 * exported snapshot) or incremental on a cursor column, through binary COPY; also runs read-only
 * queries (the lookup step's reference table). Stateless; each reader holds its own connections.
 */
@AutoService(Source.class)
public final class PostgresSource implements QuerySource<PostgresConfig> {
  static final ConnectorSpec<PostgresConfig> SPEC =
      new ConnectorSpec<>(
          "postgres", "PostgreSQL", "Tables of a PostgreSQL database", PostgresConfig.class);

  private static final Dialect DIALECT = PostgresDialect.INSTANCE;

  @Override
  public ConnectorSpec<PostgresConfig> spec() {
    return SPEC;
  }

  @Override
  public CheckResult check(PostgresConfig config) {
    return JdbcSources.check(DIALECT, config);
  }

  @Override
  public Catalog discover(PostgresConfig config) {
    return JdbcSources.discover(DIALECT, config);
  }

  /**
   * Opens a reader; full refresh checkpoints are START (it restarts from scratch), incremental ones
   * hold the last cursor value returned.
   */
  @Override
  public BatchReader read(PostgresConfig config, CatalogStream stream, Checkpoint from) {
    return JdbcSources.read(DIALECT, config, stream, from);
  }

  /**
   * Opens a reader on the rows whose cursor lies in {@code range}, both ends inclusive: {@code
   * cursor >= from AND cursor <= to}, the bounds read as the cursor column's type.
   */
  @Override
  public BatchReader read(
      PostgresConfig config, CatalogStream stream, Checkpoint from, CursorRange range) {
    return JdbcSources.read(DIALECT, config, stream, from, range);
  }

  @Override
  public Optional<String> problem(String query) {
    return JdbcQueries.problem(query);
  }

  /** Runs a read query on its own read-only connection, typed as a table's columns are. */
  @Override
  public QueryReader query(PostgresConfig config, String query) {
    return JdbcQueries.query(DIALECT, config, query);
  }
}
