package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.Source;
import io.dataaggregator.testkit.ThrowawayPostgres;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCursorRangeIT extends CursorRangeContract<PostgresConfig> {
  @RegisterExtension static final ThrowawayPostgres PG = new ThrowawayPostgres();

  @Override
  Source<PostgresConfig> source() {
    return PgTestSupport.SOURCE;
  }

  @Override
  PostgresConfig config(int rows) {
    return PgTestSupport.config(PG).withReading(rows, 1, Long.MAX_VALUE);
  }

  @Override
  void execute(List<String> sql) {
    PG.execute(sql.toArray(String[]::new));
  }

  @Override
  String createFlights() {
    return "CREATE TABLE flights (id int PRIMARY KEY, departed timestamp, departed_tz timestamptz,"
        + " day date, delay int, distance int, origin text, destination text)";
  }

  @Override
  String tzLiteral(OffsetDateTime time) {
    return "TIMESTAMPTZ '" + time + "'";
  }

  @Override
  String first(String sql) {
    return String.valueOf(PgTestSupport.query(PG, sql).get(0).get(0));
  }

  @Override
  String endpoint() {
    return "connector: postgres, config: {host: %s, port: %d, database: %s, user: %s}"
        .formatted(PG.host(), PG.port(), PG.database(), PG.user());
  }
}
