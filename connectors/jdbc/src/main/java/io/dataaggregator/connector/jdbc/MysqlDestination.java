package io.dataaggregator.connector.jdbc;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.ConnectorSpec;
import io.dataaggregator.engine.spi.Destination;
import io.dataaggregator.engine.spi.WriteTarget;

/**
 * Writes streams into MySQL and MariaDB (InnoDB) tables with LOAD DATA LOCAL INFILE streamed from
 * memory, or multi-row INSERTs: append, overwrite (atomic RENAME TABLE swap) or upsert (INSERT ...
 * ON DUPLICATE KEY UPDATE), the checkpoint in the same transaction as the rows (exactly-once), bad
 * rows quarantined in {@code <table>__rejected}. Stateless; each writer holds its own connection.
 */
@AutoService(Destination.class)
public final class MysqlDestination implements Destination<MysqlConfig> {
  @Override
  public ConnectorSpec<MysqlConfig> spec() {
    return MysqlSource.SPEC;
  }

  @Override
  public CheckResult check(MysqlConfig config) {
    return JdbcDestinations.check(MysqlDialect.of(config), config);
  }

  @Override
  public BatchWriter open(MysqlConfig config, WriteTarget target) {
    return JdbcDestinations.open(MysqlDialect.of(config), config, target);
  }
}
