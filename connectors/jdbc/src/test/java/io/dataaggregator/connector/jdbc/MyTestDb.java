package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.Destination;
import io.dataaggregator.engine.spi.QuerySource;
import io.dataaggregator.testkit.ThrowawayMariaDb;
import java.util.List;

/** A throwaway MariaDB database for the JDBC contracts, through the MySQL/MariaDB connector. */
final class MyTestDb extends JdbcTestDb<MysqlConfig> {
  private final ThrowawayMariaDb my;

  MyTestDb(ThrowawayMariaDb my) {
    super(my);
    this.my = my;
  }

  ThrowawayMariaDb my() {
    return my;
  }

  @Override
  QuerySource<MysqlConfig> source() {
    return MyTestSupport.SOURCE;
  }

  @Override
  Destination<MysqlConfig> destination() {
    return MyTestSupport.DESTINATION;
  }

  @Override
  MysqlConfig config() {
    return MyTestSupport.config(my);
  }

  @Override
  MysqlConfig withReading(
      MysqlConfig config, int fetchSize, int parallelism, long parallelMinRows) {
    return config.withReading(fetchSize, parallelism, parallelMinRows);
  }

  @Override
  MysqlConfig withTables(MysqlConfig config, List<String> tables) {
    return config.withTables(tables);
  }

  @Override
  MyTestDb fresh() {
    return new MyTestDb(ThrowawayMariaDb.create());
  }

  @Override
  String qualified(String table) {
    return database() + "." + table;
  }
}
