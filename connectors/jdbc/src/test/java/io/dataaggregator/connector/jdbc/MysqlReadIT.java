package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.MyTestSupport.config;
import static io.dataaggregator.connector.jdbc.MyTestSupport.readAll;
import static io.dataaggregator.connector.jdbc.MyTestSupport.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.dataaggregator.connector.jdbc.JdbcTestDb.ReadResult;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.testkit.ThrowawayMariaDb;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MysqlReadIT {
  @RegisterExtension static final ThrowawayMariaDb DB = new ThrowawayMariaDb();

  /** seq_0_to_N is MariaDB's Sequence engine, a quick source of rows. */
  @BeforeAll
  static void tables() {
    DB.execute(
        "CREATE TABLE events (id int PRIMARY KEY, day date, note text)",
        // 10 days, 7 rows each: groups of equal cursor values straddle every batch boundary
        "INSERT INTO events SELECT seq, DATE '2024-01-01' + INTERVAL (seq DIV 7) DAY,"
            + " CONCAT('n', seq) FROM seq_0_to_69",
        "CREATE TABLE big (id bigint PRIMARY KEY, v varchar(20))",
        "INSERT INTO big SELECT CAST(seq AS SIGNED) - 500, CONCAT('v', CAST(seq AS SIGNED) - 500)"
            + " FROM seq_0_to_20999",
        "ANALYZE TABLE big");
  }

  private static MysqlConfig batchesOf(int rows) {
    return config(DB).withReading(rows, 1, Long.MAX_VALUE);
  }

  @Test
  void discoversTablesKeysAndCursorCandidatesThroughDatabaseMetaData() {
    DB.execute("CREATE TABLE disc (id bigint unsigned PRIMARY KEY, at datetime(3), n varchar(5))");
    CatalogStream s = stream(config(DB), "disc");
    assertThat(s.primaryKey()).containsExactly("id");
    assertThat(s.schema().field(0).type()).isEqualTo(DataType.decimal(20, 0));
    assertThat(s.cursorCandidates()).containsExactly("id", "at");
    assertThat(MyTestSupport.SOURCE.discover(config(DB)).names())
        .contains("events", "big", "disc")
        .doesNotContain("_dagg_checkpoints");
  }

  @Test
  void fullRefreshReadsEveryRowAndCheckpointsAtStart() {
    ReadResult r = readAll(batchesOf(16), stream(config(DB), "events"), Checkpoint.START);
    assertThat(r.rows()).hasSize(70);
    assertThat(r.batches()).isEqualTo(5);
    assertThat(r.checkpoint()).isEqualTo(Checkpoint.START);
  }

  @Test
  void incrementalReadResumesAfterTheCheckpointWithoutLosingOrRepeatingRows() {
    CatalogStream s = stream(config(DB), "events").incremental("day");
    var seen = new HashSet<Object>();
    Checkpoint at = Checkpoint.START;
    int reads = 0;
    // read one batch at a time, resuming from each checkpoint, as a run killed after every batch
    while (true) {
      try (BatchReader r = MyTestSupport.SOURCE.read(batchesOf(10), s, at)) {
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
  void incrementalReadOnADatetimeComparesToTheMicrosecond() {
    DB.execute(
        "CREATE TABLE ticks (id int, at datetime(6))",
        "INSERT INTO ticks VALUES (1, '2024-03-01 08:00:00.123456'),"
            + " (2, '2024-03-01 08:00:00.123457'), (3, NULL), (4, '2024-03-01 08:00:00.123458')");
    CatalogStream s = stream(config(DB), "ticks").incremental("at");
    ReadResult first = readAll(batchesOf(1), s, Checkpoint.START);
    assertThat(first.rows()).extracting(r -> r[0]).containsExactly(3, 1, 2, 4);
    assertThat(first.checkpoint().state()).contains("2024-03-01 08:00:00.123458");
    ReadResult next =
        readAll(config(DB), s, new CursorState("at", "2024-03-01 08:00:00.123456").toCheckpoint());
    assertThat(next.rows()).extracting(r -> r[0]).containsExactly(2, 4);
    assertThat(next.rows().get(0)[1]).isEqualTo(LocalDateTime.parse("2024-03-01T08:00:00.123457"));
  }

  @Test
  void incrementalReadOnAnUnsignedBigintBeyondLongComparesExactly() {
    DB.execute(
        "CREATE TABLE huge (id bigint unsigned)",
        "INSERT INTO huge VALUES (18446744073709551613), (18446744073709551614),"
            + " (18446744073709551615)");
    CatalogStream s = stream(config(DB), "huge").incremental("id");
    ReadResult r =
        readAll(config(DB), s, new CursorState("id", "18446744073709551613").toCheckpoint());
    assertThat(r.rows())
        .extracting(row -> row[0])
        .containsExactly(
            new BigDecimal("18446744073709551614"), new BigDecimal("18446744073709551615"));
    assertThat(r.checkpoint())
        .isEqualTo(new CursorState("id", "18446744073709551615").toCheckpoint());
  }

  @Test
  void incrementalReadFromACheckpointReturnsOnlyNewerRows() {
    CatalogStream s = stream(config(DB), "events").incremental("day");
    ReadResult r = readAll(config(DB), s, new CursorState("day", "2024-01-08").toCheckpoint());
    assertThat(r.rows())
        .extracting(row -> row[1])
        .containsOnly(LocalDate.of(2024, 1, 9), LocalDate.of(2024, 1, 10));
    assertThat(r.rows()).hasSize(14);
  }

  @Test
  void refusesACheckpointOfAnotherCursor() {
    CatalogStream s = stream(config(DB), "events").incremental("id");
    assertThatThrownBy(() -> readAll(config(DB), s, new CursorState("day", "x").toCheckpoint()))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("cursor day but the stream now uses id");
  }

  @Test
  void parallelKeyRangeReadReturnsEveryRowExactlyOnce() {
    MysqlConfig parallel = config(DB).withReading(700, 4, 1000);
    ReadResult r = readAll(parallel, stream(config(DB), "big"), Checkpoint.START);
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
    MysqlConfig parallel = config(DB).withReading(100, 4, 1000);
    try (BatchReader r =
        MyTestSupport.SOURCE.read(parallel, stream(config(DB), "big"), Checkpoint.START)) {
      assertThat(r.next()).isNotNull();
      // a coordinator and four range readers, each connecting on its own thread
      await().atMost(Duration.ofSeconds(20)).until(() -> connections() == 5);
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> connections() == 0);
  }

  private static long connections() {
    List<List<String>> open =
        MyTestSupport.text(
            DB,
            "SELECT count(*) FROM information_schema.PROCESSLIST"
                + " WHERE DB = DATABASE() AND ID <> CONNECTION_ID()");
    return Long.parseLong(open.get(0).get(0));
  }
}
