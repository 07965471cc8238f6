package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.dataaggregator.connector.jdbc.JdbcTestDb.ReadResult;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Reads of a JDBC source: full refresh, incremental reads resumed from checkpoints, and parallel
 * key-range reads, on {@code events} (70 rows over 10 days) and {@code big} (21,000 rows).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReadContract<C extends Record> {
  final JdbcTestDb<C> db;

  ReadContract(JdbcTestDb<C> db) {
    this.db = db;
  }

  /**
   * Creates {@code events (id int PRIMARY KEY, day date, note text)} with ids 0 to 69, seven a day
   * from 2024-01-01, and {@code big (id bigint PRIMARY KEY, v text)} with ids -500 to 20499 and v
   * {@code 'v' || id}, analyzed.
   */
  abstract String[] createEventsAndBig();

  /** Connections open to the database from the connector, not counting the one asking. */
  abstract long openConnections();

  @BeforeAll
  void tables() {
    db.execute(createEventsAndBig());
  }

  @Test
  void fullRefreshReadsEveryRowAndCheckpointsAtStart() {
    ReadResult r = db.readAll(db.batchesOf(16), db.stream("events"), Checkpoint.START);
    assertThat(r.rows()).hasSize(70);
    assertThat(r.batches()).isEqualTo(5);
    assertThat(r.checkpoint()).isEqualTo(Checkpoint.START);
  }

  @Test
  void incrementalReadResumesAfterTheCheckpointWithoutLosingOrRepeatingRows() {
    CatalogStream s = db.stream("events").incremental("day");
    var seen = new HashSet<Object>();
    Checkpoint at = Checkpoint.START;
    int reads = 0;
    // read one batch at a time, resuming from each checkpoint, as a run killed after every batch
    while (true) {
      try (BatchReader r = db.source().read(db.batchesOf(10), s, at)) {
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
    CatalogStream s = db.stream("events").incremental("day");
    var checkpoint = new CursorState("day", "2024-01-08").toCheckpoint();
    ReadResult r = db.readAll(db.config(), s, checkpoint);
    assertThat(r.rows())
        .extracting(row -> row[1])
        .containsOnly(LocalDate.of(2024, 1, 9), LocalDate.of(2024, 1, 10));
    assertThat(r.rows()).hasSize(14);
    assertThat(r.checkpoint()).isEqualTo(new CursorState("day", "2024-01-10").toCheckpoint());
  }

  @Test
  void anIncrementalReadWithNothingNewKeepsItsCheckpoint() {
    CatalogStream s = db.stream("events").incremental("id");
    var checkpoint = new CursorState("id", "69").toCheckpoint();
    ReadResult r = db.readAll(db.config(), s, checkpoint);
    assertThat(r.rows()).isEmpty();
    assertThat(r.checkpoint()).isEqualTo(checkpoint);
  }

  @Test
  void refusesACheckpointOfAnotherCursor() {
    CatalogStream s = db.stream("events").incremental("id");
    assertThatThrownBy(() -> db.readAll(db.config(), s, new CursorState("day", "x").toCheckpoint()))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("cursor day but the stream now uses id");
  }

  @Test
  void parallelKeyRangeReadReturnsEveryRowExactlyOnce() {
    C parallel = db.withReading(db.config(), 700, 4, 1000);
    ReadResult r = db.readAll(parallel, db.stream("big"), Checkpoint.START);
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
    C parallel = db.withReading(db.config(), 100, 4, 1000);
    try (BatchReader r = db.source().read(parallel, db.stream("big"), Checkpoint.START)) {
      assertThat(r.next()).isNotNull();
      // a coordinator and four range readers, each connecting on its own thread
      await().atMost(Duration.ofSeconds(20)).until(() -> openConnections() == 5);
    }
    // a server leaves its process list a moment after the client closed the connection
    await().atMost(Duration.ofSeconds(20)).until(() -> openConnections() == 0);
  }
}
