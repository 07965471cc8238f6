package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.Source;
import io.dataaggregator.testkit.ThrowawayMariaDb;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

class MysqlCursorRangeIT extends CursorRangeContract<MysqlConfig> {
  @RegisterExtension static final ThrowawayMariaDb MY = new ThrowawayMariaDb();

  @Override
  Source<MysqlConfig> source() {
    return MyTestSupport.SOURCE;
  }

  @Override
  MysqlConfig config(int rows) {
    return MyTestSupport.config(MY).withReading(rows, 1, Long.MAX_VALUE);
  }

  /** In a session at +00:00, as the connector's own, so TIMESTAMP literals are UTC. */
  @Override
  void execute(List<String> sql) {
    var all = new ArrayList<String>();
    all.add("SET time_zone = '+00:00'");
    all.addAll(sql);
    MY.execute(all.toArray(String[]::new));
  }

  @Override
  String createFlights() {
    return "CREATE TABLE flights (id int PRIMARY KEY, departed datetime, departed_tz timestamp NULL,"
        + " day date, delay int, distance int, origin varchar(3), destination varchar(3))";
  }

  @Override
  String tzLiteral(OffsetDateTime time) {
    return "'" + time.withOffsetSameInstant(ZoneOffset.UTC).format(Flights.SQL_TIME) + "'";
  }

  @Override
  String first(String sql) {
    return MyTestSupport.text(MY, sql).get(0).get(0);
  }

  @Override
  String endpoint() {
    return "connector: mysql, config: {host: %s, port: %d, database: %s, user: %s}"
        .formatted(MY.host(), MY.port(), MY.database(), MY.user());
  }
}
