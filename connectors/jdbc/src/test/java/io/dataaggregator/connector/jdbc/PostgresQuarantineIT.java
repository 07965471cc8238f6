package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.JdbcTestDb.target;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.testkit.ThrowawayPostgres;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Quarantine through COPY, PostgreSQL's one bulk path, in text and in binary. */
class PostgresQuarantineIT extends QuarantineContract<PostgresConfig> {
  @RegisterExtension static final ThrowawayPostgres PG = new ThrowawayPostgres();

  PostgresQuarantineIT() {
    super(new PgTestDb(PG));
  }

  @Override
  List<String> paths() {
    return List.of("copy");
  }

  @Override
  PostgresConfig cfg(String path) {
    return db.config();
  }

  @Override
  String tooLongReason() {
    return "code: value too long for type character varying\\(3\\)";
  }

  @Test
  void quarantinesBadRowsSpreadOverSeveralCopyStatements() {
    db.execute("CREATE TABLE small (id bigint, n smallint)");
    Schema schema = Schema.of(Field.of("id", DataType.BIGINT), Field.of("n", DataType.INT));
    var rows = new ArrayList<Object[]>();
    for (long i = 0; i < 2500; i++) {
      rows.add(new Object[] {i, i % 500 == 0 ? 100_000 : (int) i % 300});
    }
    db.writeAll(
        db.config().withCommitRows(1000),
        target("small", schema, WriteMode.APPEND),
        new Batch(schema, rows));
    assertThat(db.count("small")).isEqualTo(2495);
    assertThat(db.text("SELECT reason FROM small__rejected LIMIT 1").get(0).get(0))
        .contains("out of range");
  }

  @Test
  void quarantinesValuesTheColumnCannotHoldWhenLoadingInBinary() {
    db.execute("CREATE TABLE exact (id bigint NOT NULL, amount numeric(5,2))");
    Schema schema =
        Schema.of(Field.of("id", DataType.BIGINT), Field.of("amount", DataType.decimal(10, 2)));
    db.writeAll(
        db.config(),
        target("exact", schema, WriteMode.APPEND),
        new Batch(
            schema,
            List.of(
                new Object[] {1L, new BigDecimal("123.45")},
                new Object[] {2L, new BigDecimal("12345.67")},
                new Object[] {null, new BigDecimal("1")},
                new Object[] {4L, null})));
    assertThat(db.query("SELECT id FROM exact ORDER BY id"))
        .containsExactly(List.of(1L), List.of(4L));
    var rejected = db.query("SELECT position, field, reason FROM exact__rejected ORDER BY 1");
    assertThat(rejected).hasSize(2);
    assertThat(rejected.get(0).get(2).toString()).contains("numeric field overflow");
    assertThat(rejected.get(1).subList(0, 2)).containsExactly(3L, "id");
    assertThat(rejected.get(1).get(2).toString()).contains("not-null");
  }

  @Test
  void quarantinesTextWithNulCharacters() {
    db.writeAll(
        db.config(),
        target("nul", CODES, WriteMode.APPEND),
        new Batch(CODES, List.of(new Object[] {1L, "fine"}, new Object[] {2L, "bad\0"})));
    assertThat(db.query("SELECT id FROM nul")).containsExactly(List.of(1L));
    assertThat(db.query("SELECT field, position FROM nul__rejected"))
        .containsExactly(List.of("code", 2L));
  }
}
