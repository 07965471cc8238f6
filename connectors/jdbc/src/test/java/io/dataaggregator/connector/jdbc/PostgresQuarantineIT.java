package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.PgTestSupport.DESTINATION;
import static io.dataaggregator.connector.jdbc.PgTestSupport.config;
import static io.dataaggregator.connector.jdbc.PgTestSupport.query;
import static io.dataaggregator.connector.jdbc.PgTestSupport.target;
import static io.dataaggregator.connector.jdbc.PgTestSupport.writeAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.testkit.ThrowawayPostgres;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresQuarantineIT {
  @RegisterExtension static final ThrowawayPostgres PG = new ThrowawayPostgres();

  private static final Schema CODES =
      Schema.of(Field.of("id", DataType.BIGINT), Field.of("code", DataType.STRING));

  @Test
  void quarantinesRowsTheColumnCannotHoldAndLoadsAllOthers() {
    PG.execute("CREATE TABLE narrow (id bigint, code varchar(3))");
    var rows = new ArrayList<Object[]>();
    for (long i = 1; i <= 1000; i++) {
      rows.add(new Object[] {i, i == 17 || i == 600 || i == 601 ? "toolong" : "ok"});
    }
    writeAll(config(PG), target("narrow", CODES, WriteMode.APPEND), new Batch(CODES, rows));

    assertThat(PgTestSupport.count(PG, "narrow")).isEqualTo(997);
    assertThat(query(PG, "SELECT count(*) FROM narrow WHERE id IN (17, 600, 601)").get(0).get(0))
        .isEqualTo(0L);
    var rejected =
        query(
            PG,
            "SELECT stream, position, field, reason, raw FROM narrow__rejected"
                + " ORDER BY position");
    assertThat(rejected).extracting(r -> r.get(1)).containsExactly(17L, 600L, 601L);
    assertThat(rejected.get(0).get(0)).isEqualTo("narrow");
    assertThat(rejected.get(0).get(2)).isEqualTo("code");
    assertThat((String) rejected.get(0).get(3))
        .contains("value too long for type character varying(3)");
    assertThat(rejected.get(0).get(4)).isEqualTo("{\"id\":17,\"code\":\"toolong\"}");
  }

  @Test
  void quarantinesBadRowsSpreadOverSeveralCopyStatements() {
    PG.execute("CREATE TABLE small (id bigint, n smallint)");
    Schema schema = Schema.of(Field.of("id", DataType.BIGINT), Field.of("n", DataType.INT));
    var rows = new ArrayList<Object[]>();
    for (long i = 0; i < 2500; i++) {
      rows.add(new Object[] {i, i % 500 == 0 ? 100_000 : (int) i % 300});
    }
    writeAll(
        config(PG).withCommitRows(1000),
        target("small", schema, WriteMode.APPEND),
        new Batch(schema, rows));
    assertThat(PgTestSupport.count(PG, "small")).isEqualTo(2495);
    assertThat(query(PG, "SELECT reason FROM small__rejected LIMIT 1").get(0).get(0).toString())
        .contains("out of range");
  }

  @Test
  void quarantinesValuesTheColumnCannotHoldWhenLoadingInBinary() {
    PG.execute("CREATE TABLE exact (id bigint NOT NULL, amount numeric(5,2))");
    Schema schema =
        Schema.of(Field.of("id", DataType.BIGINT), Field.of("amount", DataType.decimal(10, 2)));
    writeAll(
        config(PG),
        target("exact", schema, WriteMode.APPEND),
        new Batch(
            schema,
            List.of(
                new Object[] {1L, new java.math.BigDecimal("123.45")},
                new Object[] {2L, new java.math.BigDecimal("12345.67")},
                new Object[] {null, new java.math.BigDecimal("1")},
                new Object[] {4L, null})));
    assertThat(query(PG, "SELECT id FROM exact ORDER BY id"))
        .containsExactly(List.of(1L), List.of(4L));
    var rejected = query(PG, "SELECT position, field, reason FROM exact__rejected ORDER BY 1");
    assertThat(rejected).hasSize(2);
    assertThat(rejected.get(0).get(2).toString()).contains("numeric field overflow");
    assertThat(rejected.get(1).subList(0, 2)).containsExactly(3L, "id");
    assertThat(rejected.get(1).get(2).toString()).contains("not-null");
  }

  @Test
  void quarantinesTextWithNulCharacters() {
    writeAll(
        config(PG),
        target("nul", CODES, WriteMode.APPEND),
        new Batch(CODES, List.of(new Object[] {1L, "fine"}, new Object[] {2L, "bad\0"})));
    assertThat(query(PG, "SELECT id FROM nul")).containsExactly(List.of(1L));
    assertThat(query(PG, "SELECT field, position FROM nul__rejected"))
        .containsExactly(List.of("code", 2L));
  }

  @Test
  void writesTheBatchRejectionsInTheSameTransactionAsItsRows() {
    var rejection = new Rejection("codes", 7, "code", "not a code", "7,??");
    try (BatchWriter w = DESTINATION.open(config(PG), target("rej", CODES, WriteMode.APPEND))) {
      w.write(new Batch(CODES, List.<Object[]>of(new Object[] {1L, "a"}), List.of(rejection)));
      w.commit(Checkpoint.START);
      w.write(new Batch(CODES, List.<Object[]>of(new Object[] {2L, "b"}), List.of(rejection)));
      // closed without commit: the second batch's row and rejection both vanish
    }
    assertThat(query(PG, "SELECT id FROM rej")).containsExactly(List.of(1L));
    assertThat(query(PG, "SELECT stream, position, field, reason, raw FROM rej__rejected"))
        .containsExactly(List.of("codes", 7L, "code", "not a code", "7,??"));
  }

  @Test
  void quarantinesUpsertRowsTheTargetCannotHold() {
    PG.execute("CREATE TABLE upn (id bigint PRIMARY KEY, code varchar(3))");
    writeAll(
        config(PG),
        target("upn", CODES, WriteMode.UPSERT, "id"),
        new Batch(
            CODES,
            List.of(
                new Object[] {1L, "abc"}, new Object[] {2L, "abcdef"}, new Object[] {3L, "x"})));
    assertThat(query(PG, "SELECT id, code FROM upn ORDER BY id"))
        .containsExactly(List.of(1L, "abc"), List.of(3L, "x"));
    assertThat(query(PG, "SELECT position FROM upn__rejected")).containsExactly(List.of(2L));
  }
}
