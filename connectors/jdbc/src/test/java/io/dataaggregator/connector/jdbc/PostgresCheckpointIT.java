package io.dataaggregator.connector.jdbc;

import io.dataaggregator.testkit.ThrowawayPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCheckpointIT extends CheckpointContract<PostgresConfig> {
  @RegisterExtension static final ThrowawayPostgres PG = new ThrowawayPostgres();

  PostgresCheckpointIT() {
    super(new PgTestDb(PG));
  }
}
