package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.JdbcTestDb.target;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rows a table cannot hold go to {@code <table>__rejected} with the server's reason, through every
 * bulk path the destination has, and the rows around them load; the rows are compared as the
 * server's text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QuarantineContract<C extends Record> {
  static final Schema CODES =
      Schema.of(Field.of("id", DataType.BIGINT), Field.of("code", DataType.STRING));

  final JdbcTestDb<C> db;

  QuarantineContract(JdbcTestDb<C> db) {
    this.db = db;
  }

  /** Names of the destination's bulk paths, each a parameter of the tests. */
  abstract List<String> paths();

  /** Config loading through {@code path}. */
  abstract C cfg(String path);

  /** A regular expression matching the whole reason for a value too long for {@code varchar(3)}. */
  abstract String tooLongReason();

  @ParameterizedTest
  @MethodSource("paths")
  void quarantinesRowsTheColumnCannotHoldAndLoadsAllOthers(String path) {
    String t = "narrow_" + path;
    db.execute("CREATE TABLE " + t + " (id bigint, code varchar(3))");
    var rows = new ArrayList<Object[]>();
    for (long i = 1; i <= 1000; i++) {
      rows.add(new Object[] {i, i == 17 || i == 600 || i == 601 ? "toolong" : "ok"});
    }
    db.writeAll(cfg(path), target(t, CODES, WriteMode.APPEND), new Batch(CODES, rows));

    assertThat(db.count(t)).isEqualTo(997);
    assertThat(db.text("SELECT count(*) FROM " + t + " WHERE id IN (17, 600, 601) OR code <> 'ok'"))
        .as("no bad row slipped in truncated")
        .containsExactly(List.of("0"));
    var rejected =
        db.text(
            "SELECT stream, position, field, reason, raw FROM "
                + t
                + "__rejected ORDER BY position");
    assertThat(rejected).extracting(r -> r.get(1)).containsExactly("17", "600", "601");
    assertThat(rejected.get(0).get(0)).isEqualTo(t);
    assertThat(rejected.get(0).get(2)).isEqualTo("code");
    assertThat(rejected.get(0).get(3)).matches(tooLongReason());
    assertThat(rejected.get(0).get(4)).isEqualTo("{\"id\":17,\"code\":\"toolong\"}");
  }

  @Test
  void writesTheBatchRejectionsInTheSameTransactionAsItsRows() {
    var rejection = new Rejection("codes", 7, "code", "not a code", "7,??");
    try (BatchWriter w =
        db.destination().open(db.config(), target("rej", CODES, WriteMode.APPEND))) {
      w.write(new Batch(CODES, List.<Object[]>of(new Object[] {1L, "a"}), List.of(rejection)));
      w.commit(Checkpoint.START);
      w.write(new Batch(CODES, List.<Object[]>of(new Object[] {2L, "b"}), List.of(rejection)));
      // closed without commit: the second batch's row and rejection both vanish
    }
    assertThat(db.text("SELECT id FROM rej")).containsExactly(List.of("1"));
    assertThat(db.text("SELECT stream, position, field, reason, raw FROM rej__rejected"))
        .containsExactly(List.of("codes", "7", "code", "not a code", "7,??"));
  }

  @ParameterizedTest
  @MethodSource("paths")
  void quarantinesUpsertRowsTheTargetCannotHold(String path) {
    String t = "upn_" + path;
    db.execute("CREATE TABLE " + t + " (id bigint PRIMARY KEY, code varchar(3))");
    db.writeAll(
        cfg(path),
        target(t, CODES, WriteMode.UPSERT, "id"),
        new Batch(
            CODES,
            List.of(
                new Object[] {1L, "abc"}, new Object[] {2L, "abcdef"}, new Object[] {3L, "x"})));
    assertThat(db.text("SELECT id, code FROM " + t + " ORDER BY id"))
        .containsExactly(List.of("1", "abc"), List.of("3", "x"));
    assertThat(db.text("SELECT position FROM " + t + "__rejected")).containsExactly(List.of("2"));
  }
}
