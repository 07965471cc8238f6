package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.connector.jdbc.JdbcTestDb.ReadResult;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.testkit.ThrowawayMariaDb;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MysqlReadIT extends ReadContract<MysqlConfig> {
  @RegisterExtension static final ThrowawayMariaDb DB = new ThrowawayMariaDb();

  MysqlReadIT() {
    super(new MyTestDb(DB));
  }

  /** seq_0_to_N is MariaDB's Sequence engine, a quick source of rows. */
  @Override
  String[] createEventsAndBig() {
    return new String[] {
      "CREATE TABLE events (id int PRIMARY KEY, day date, note text)",
      // 10 days, 7 rows each: groups of equal cursor values straddle every batch boundary
      "INSERT INTO events SELECT seq, DATE '2024-01-01' + INTERVAL (seq DIV 7) DAY,"
          + " CONCAT('n', seq) FROM seq_0_to_69",
      "CREATE TABLE big (id bigint PRIMARY KEY, v varchar(20))",
      "INSERT INTO big SELECT CAST(seq AS SIGNED) - 500, CONCAT('v', CAST(seq AS SIGNED) - 500)"
          + " FROM seq_0_to_20999",
      "ANALYZE TABLE big"
    };
  }

  @Override
  long openConnections() {
    return db.count(
        "information_schema.PROCESSLIST WHERE DB = DATABASE() AND ID <> CONNECTION_ID()");
  }

  @Test
  void discoversTablesKeysAndCursorCandidatesThroughDatabaseMetaData() {
    db.execute("CREATE TABLE disc (id bigint unsigned PRIMARY KEY, at datetime(3), n varchar(5))");
    CatalogStream s = db.stream("disc");
    assertThat(s.primaryKey()).containsExactly("id");
    assertThat(s.schema().field(0).type()).isEqualTo(DataType.decimal(20, 0));
    assertThat(s.cursorCandidates()).containsExactly("id", "at");
    assertThat(db.source().discover(db.config()).names())
        .contains("events", "big", "disc")
        .doesNotContain("_dagg_checkpoints");
  }

  @Test
  void incrementalReadOnADatetimeComparesToTheMicrosecond() {
    db.execute(
        "CREATE TABLE ticks (id int, at datetime(6))",
        "INSERT INTO ticks VALUES (1, '2024-03-01 08:00:00.123456'),"
            + " (2, '2024-03-01 08:00:00.123457'), (3, NULL), (4, '2024-03-01 08:00:00.123458')");
    CatalogStream s = db.stream("ticks").incremental("at");
    ReadResult first = db.readAll(db.batchesOf(1), s, Checkpoint.START);
    assertThat(first.rows()).extracting(r -> r[0]).containsExactly(3, 1, 2, 4);
    assertThat(first.checkpoint().state()).contains("2024-03-01 08:00:00.123458");
    ReadResult next =
        db.readAll(
            db.config(), s, new CursorState("at", "2024-03-01 08:00:00.123456").toCheckpoint());
    assertThat(next.rows()).extracting(r -> r[0]).containsExactly(2, 4);
    assertThat(next.rows().get(0)[1]).isEqualTo(LocalDateTime.parse("2024-03-01T08:00:00.123457"));
  }

  @Test
  void incrementalReadOnAnUnsignedBigintBeyondLongComparesExactly() {
    db.execute(
        "CREATE TABLE huge (id bigint unsigned)",
        "INSERT INTO huge VALUES (18446744073709551613), (18446744073709551614),"
            + " (18446744073709551615)");
    CatalogStream s = db.stream("huge").incremental("id");
    ReadResult r =
        db.readAll(db.config(), s, new CursorState("id", "18446744073709551613").toCheckpoint());
    assertThat(r.rows())
        .extracting(row -> row[0])
        .containsExactly(
            new BigDecimal("18446744073709551614"), new BigDecimal("18446744073709551615"));
    assertThat(r.checkpoint())
        .isEqualTo(new CursorState("id", "18446744073709551615").toCheckpoint());
  }
}
