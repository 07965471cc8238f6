package io.dataaggregator.connector.jdbc;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.ConnectorSpec;
import io.dataaggregator.engine.spi.Destination;
import io.dataaggregator.engine.spi.WriteTarget;

/**
 * Writes streams into SQL Server tables with the driver's bulk copy: append, overwrite (sp_rename
 * swap in the transaction) or upsert (MERGE), the checkpoint in the same transaction as the rows,
 * bad rows quarantined in {@code <table>__rejected}. Stateless; each writer holds its own
 * connection. Not yet tested against a live server.
 */
@AutoService(Destination.class)
public final class SqlServerDestination implements Destination<SqlServerConfig> {
  @Override
  public ConnectorSpec<SqlServerConfig> spec() {
    return SqlServerSource.SPEC;
  }

  @Override
  public CheckResult check(SqlServerConfig config) {
    return JdbcDestinations.check(SqlServerDialect.INSTANCE, config);
  }

  @Override
  public BatchWriter open(SqlServerConfig config, WriteTarget target) {
    return JdbcDestinations.open(SqlServerDialect.INSTANCE, config, target);
  }
}
