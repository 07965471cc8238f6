package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.connector.jdbc.JdbcTestDb.ReadResult;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.testkit.ThrowawayPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresReadIT extends ReadContract<PostgresConfig> {
  @RegisterExtension static final ThrowawayPostgres PG = new ThrowawayPostgres();

  PostgresReadIT() {
    super(new PgTestDb(PG));
  }

  @Override
  String[] createEventsAndBig() {
    return new String[] {
      "CREATE TABLE events (id int PRIMARY KEY, day date, note text)",
      // 10 days, 7 rows each: groups of equal cursor values straddle every batch boundary
      "INSERT INTO events SELECT g, DATE '2024-01-01' + (g / 7), 'n' || g"
          + " FROM generate_series(0, 69) g",
      "CREATE TABLE big (id bigint PRIMARY KEY, v text)",
      "INSERT INTO big SELECT g, 'v' || g FROM generate_series(-500, 20499) g",
      "ANALYZE big"
    };
  }

  @Override
  long openConnections() {
    return db.count(
        "pg_stat_activity"
            + " WHERE datname = current_database() AND application_name = 'dataaggregator'");
  }

  @Test
  void incrementalReadOnATimestampWithTimeZoneComparesToTheMicrosecond() {
    db.execute(
        "CREATE TABLE ticks (id int, at timestamptz)",
        "INSERT INTO ticks VALUES (1, '2024-03-01 10:00:00.123456+02'),"
            + " (2, '2024-03-01 08:00:00.123457+00'), (3, '2024-03-01 08:00:00.123458+00')");
    CatalogStream s = db.stream("ticks").incremental("at");
    ReadResult first = db.readAll(db.batchesOf(1), s, Checkpoint.START);
    assertThat(first.checkpoint().state()).contains("2024-03-01 08:00:00.123458+00:00");
    db.execute("INSERT INTO ticks VALUES (4, '2024-03-01 08:00:00.123459+00')");
    ReadResult next =
        db.readAll(
            db.config(),
            s,
            new CursorState("at", "2024-03-01 08:00:00.123456+00:00").toCheckpoint());
    assertThat(next.rows()).extracting(r -> r[0]).containsExactly(2, 3, 4);
  }

  @Test
  void rejectsRowsWithValuesThatHaveNoCounterpartAndReadsOn() {
    db.execute(
        "CREATE TABLE odd (id int, amount numeric)",
        "INSERT INTO odd VALUES (1, 1.5), (2, 'NaN'), (3, 2.5)");
    ReadResult r = db.readAll(db.config(), db.stream("odd"), Checkpoint.START);
    assertThat(r.rows()).extracting(row -> row[0]).containsExactly(1, 3);
    assertThat(r.rejections())
        .singleElement()
        .satisfies(
            rej -> {
              assertThat(rej.position()).isEqualTo(2);
              assertThat(rej.field()).isEqualTo("amount");
              assertThat(rej.reason()).contains("NaN");
              assertThat(rej.raw()).isEqualTo("{\"id\":2,\"amount\":null}");
            });
  }
}
