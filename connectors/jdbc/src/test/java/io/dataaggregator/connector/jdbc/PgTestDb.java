package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.Destination;
import io.dataaggregator.engine.spi.QuerySource;
import io.dataaggregator.testkit.ThrowawayPostgres;
import java.util.List;

/** A throwaway PostgreSQL database for the JDBC contracts. */
final class PgTestDb extends JdbcTestDb<PostgresConfig> {
  private final ThrowawayPostgres pg;

  PgTestDb(ThrowawayPostgres pg) {
    super(pg);
    this.pg = pg;
  }

  ThrowawayPostgres pg() {
    return pg;
  }

  @Override
  QuerySource<PostgresConfig> source() {
    return PgTestSupport.SOURCE;
  }

  @Override
  Destination<PostgresConfig> destination() {
    return PgTestSupport.DESTINATION;
  }

  @Override
  PostgresConfig config() {
    return PgTestSupport.config(pg);
  }

  @Override
  PostgresConfig withReading(
      PostgresConfig config, int fetchSize, int parallelism, long parallelMinRows) {
    return config.withReading(fetchSize, parallelism, parallelMinRows);
  }

  @Override
  PostgresConfig withTables(PostgresConfig config, List<String> tables) {
    return config.withTables(tables);
  }

  @Override
  PgTestDb fresh() {
    return new PgTestDb(ThrowawayPostgres.create());
  }

  @Override
  String qualified(String table) {
    return "public." + table;
  }
}
