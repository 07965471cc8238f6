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
 * Reads MySQL and MariaDB tables: full refresh (in parallel key ranges for large tables, each range
 * in its own consistent snapshot) or incremental on a cursor column, through streamed result sets;
 * also runs read-only queries (the lookup step's reference table). Stateless; each reader holds its
 * own connections.
 */
@AutoService(Source.class)
public final class MysqlSource implements QuerySource<MysqlConfig> {
  static final ConnectorSpec<MysqlConfig> SPEC =
      new ConnectorSpec<>(
          "mysql", "MySQL / MariaDB", "Tables of a MySQL or MariaDB database", MysqlConfig.class);

  @Override
  public ConnectorSpec<MysqlConfig> spec() {
    return SPEC;
  }

  @Override
  public CheckResult check(MysqlConfig config) {
    return JdbcSources.check(MysqlDialect.of(config), config);
  }

  @Override
  public Catalog discover(MysqlConfig config) {
    return JdbcSources.discover(MysqlDialect.of(config), config);
  }

  /**
   * Opens a reader; full refresh checkpoints are START (it restarts from scratch), incremental ones
   * hold the last cursor value returned.
   */
  @Override
  public BatchReader read(MysqlConfig config, CatalogStream stream, Checkpoint from) {
    return JdbcSources.read(MysqlDialect.of(config), config, stream, from);
  }

  /**
   * Opens a reader on the rows whose cursor lies in {@code range}, both ends inclusive: {@code
   * cursor >= from AND cursor <= to}, the bounds read as the cursor column's type.
   */
  @Override
  public BatchReader read(
      MysqlConfig config, CatalogStream stream, Checkpoint from, CursorRange range) {
    return JdbcSources.read(MysqlDialect.of(config), config, stream, from, range);
  }

  @Override
  public Optional<String> problem(String query) {
    return JdbcQueries.problem(query);
  }

  /** Runs a read query on its own read-only connection, typed as a table's columns are. */
  @Override
  public QueryReader query(MysqlConfig config, String query) {
    return JdbcQueries.query(MysqlDialect.QUERIES, config, query);
  }
}
