package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.PgTestSupport.config;
import static io.dataaggregator.connector.jdbc.PgTestSupport.readAll;
import static io.dataaggregator.connector.jdbc.PgTestSupport.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.dataaggregator.connector.jdbc.JdbcTestDb.ReadResult;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.testkit.ThrowawayPostgres;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresReadIT {
  @RegisterExtension static final ThrowawayPostgres PG = new ThrowawayPostgres();

  @BeforeAll
  static void tables() {
    PG.execute(
        "CREATE TABLE events (id int PRIMARY KEY, day date, note text)",
        // 10 days, 7 rows each: groups of equal cursor values straddle every batch boundary
        "INSERT INTO events SELECT g, DATE '2024-01-01' + (g / 7), 'n' || g"
            + " FROM generate_series(0, 69) g",
        "CREATE TABLE big (id bigint PRIMARY KEY, v text)",
        "INSERT INTO big SELECT g, 'v' || g FROM generate_series(-500, 20499) g",
        "ANALYZE big");
  }

  private static PostgresConfig batchesOf(int rows) {
    return config(PG).withReading(rows, 1, Long.MAX_VALUE);
  }

  @Test
  void fullRefreshReadsEveryRowAndCheckpointsAtStart() {
    ReadResult r = readAll(batchesOf(16), stream(config(PG), "events"), Checkpoint.START);
    assertThat(r.rows()).hasSize(70);
    assertThat(r.batches()).isEqualTo(5);
    assertThat(r.checkpoint()).isEqualTo(Checkpoint.START);
  }

  @Test
  void incrementalReadResumesAfterTheCheckpointWithoutLosingOrRepeatingRows() {
    CatalogStream s = stream(config(PG), "events").incremental("day");
    var seen = new HashSet<Object>();
    Checkpoint at = Checkpoint.START;
    int reads = 0;
    // read one batch at a time, resuming from each checkpoint, as a run killed after every batch
    while (true) {
      try (BatchReader r = PgTestSupport.SOURCE.read(batchesOf(10), s, at)) {
        var batch = r.next();
        if (batch == null) {
          break;
        }
        for (Object[] row : batch.rows()) {
          assertThat(seen.add(row[0])).as("row %s read twice", row[0]).isTrue();
        }
        at = r.checkpoint();
        reads++;
      }
    }
    assertThat(seen).hasSize(70);
    assertThat(reads).isEqualTo(5); // 14 rows each: a batch of 10 grows to the end of its day
    assertThat(at.state()).isEqualTo("{\"cursor\":\"day\",\"value\":\"2024-01-10\"}");
  }

  @Test
  void incrementalReadFromACheckpointReturnsOnlyNewerRows() {
    CatalogStream s = stream(config(PG), "events").incremental("day");
    var checkpoint = new CursorState("day", "2024-01-08").toCheckpoint();
    ReadResult r = readAll(config(PG), s, checkpoint);
    assertThat(r.rows())
        .extracting(row -> row[1])
        .containsOnly(LocalDate.of(2024, 1, 9), LocalDate.of(2024, 1, 10));
    assertThat(r.rows()).hasSize(14);
    assertThat(r.checkpoint()).isEqualTo(new CursorState("day", "2024-01-10").toCheckpoint());
  }

  @Test
  void incrementalReadOnATimestampWithTimeZoneComparesToTheMicrosecond() {
    PG.execute(
        "CREATE TABLE ticks (id int, at timestamptz)",
        "INSERT INTO ticks VALUES (1, '2024-03-01 10:00:00.123456+02'),"
            + " (2, '2024-03-01 08:00:00.123457+00'), (3, '2024-03-01 08:00:00.123458+00')");
    CatalogStream s = stream(config(PG), "ticks").incremental("at");
    ReadResult first = readAll(batchesOf(1), s, Checkpoint.START);
    assertThat(first.checkpoint().state()).contains("2024-03-01 08:00:00.123458+00:00");
    PG.execute("INSERT INTO ticks VALUES (4, '2024-03-01 08:00:00.123459+00')");
    ReadResult next =
        readAll(
            config(PG),
            s,
            new CursorState("at", "2024-03-01 08:00:00.123456+00:00").toCheckpoint());
    assertThat(next.rows()).extracting(r -> r[0]).containsExactly(2, 3, 4);
  }

  @Test
  void anIncrementalReadWithNothingNewKeepsItsCheckpoint() {
    CatalogStream s = stream(config(PG), "events").incremental("id");
    var checkpoint = new CursorState("id", "69").toCheckpoint();
    ReadResult r = readAll(config(PG), s, checkpoint);
    assertThat(r.rows()).isEmpty();
    assertThat(r.checkpoint()).isEqualTo(checkpoint);
  }

  @Test
  void refusesACheckpointOfAnotherCursor() {
    CatalogStream s = stream(config(PG), "events").incremental("id");
    assertThatThrownBy(() -> readAll(config(PG), s, new CursorState("day", "x").toCheckpoint()))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("cursor day but the stream now uses id");
  }

  @Test
  void parallelKeyRangeReadReturnsEveryRowExactlyOnce() {
    PostgresConfig parallel = config(PG).withReading(700, 4, 1000);
    ReadResult r = readAll(parallel, stream(config(PG), "big"), Checkpoint.START);
    var ids = new HashSet<Long>();
    for (Object[] row : r.rows()) {
      assertThat(ids.add((Long) row[0])).as("id %s read twice", row[0]).isTrue();
      assertThat(row[1]).isEqualTo("v" + row[0]);
    }
    assertThat(ids).hasSize(21_000);
    assertThat(r.checkpoint()).isEqualTo(Checkpoint.START);
  }

  @Test
  void aParallelReaderClosedEarlyReleasesItsConnections() {
    PostgresConfig parallel = config(PG).withReading(100, 4, 1000);
    try (BatchReader r =
        PgTestSupport.SOURCE.read(parallel, stream(config(PG), "big"), Checkpoint.START)) {
      assertThat(r.next()).isNotNull();
      // a coordinator and four range readers, each connecting on its own thread
      await().atMost(Duration.ofSeconds(20)).until(() -> connections() == 5);
    }
    // a backend leaves pg_stat_activity a moment after its client closed the connection
    await().atMost(Duration.ofSeconds(20)).until(() -> connections() == 0);
  }

  private static long connections() {
    List<List<Object>> open =
        PgTestSupport.query(
            PG,
            "SELECT count(*) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND application_name = 'dataaggregator'");
    return (Long) open.get(0).get(0);
  }

  @Test
  void rejectsRowsWithValuesThatHaveNoCounterpartAndReadsOn() {
    PG.execute(
        "CREATE TABLE odd (id int, amount numeric)",
        "INSERT INTO odd VALUES (1, 1.5), (2, 'NaN'), (3, 2.5)");
    ReadResult r = readAll(config(PG), stream(config(PG), "odd"), Checkpoint.START);
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
