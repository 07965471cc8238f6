package io.dataaggregator.connector.jdbc;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.ConnectorSpec;
import io.dataaggregator.engine.spi.Destination;
import io.dataaggregator.engine.spi.WriteTarget;

/**
 * Writes streams into PostgreSQL tables with COPY: append, overwrite (atomic swap) or upsert, the
 * checkpoint in the same transaction as the rows (exactly-once), bad rows quarantined in {@code
 * <table>__rejected}. Stateless; each writer holds its own connection.
 */
@AutoService(Destination.class)
public final class PostgresDestination implements Destination<PostgresConfig> {
  @Override
  public ConnectorSpec<PostgresConfig> spec() {
    return PostgresSource.SPEC;
  }

  @Override
  public CheckResult check(PostgresConfig config) {
    return JdbcDestinations.check(PostgresDialect.INSTANCE, config);
  }

  /**
   * Prepares the table (create, add columns, check types, rights and upsert key) in a transaction
   * of its own, then returns a writer whose rows stay invisible until its first commit. For
   * overwrite, a stale {@code <table>__dagg_new} of a crashed run is dropped and made anew.
   */
  @Override
  public BatchWriter open(PostgresConfig config, WriteTarget target) {
    return JdbcDestinations.open(PostgresDialect.INSTANCE, config, target);
  }
}
