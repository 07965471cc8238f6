package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.JdbcTestDb.target;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.testkit.ThrowawayMariaDb;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quarantine through both bulk paths: LOAD DATA LOCAL INFILE and multi-row INSERT. LOAD DATA LOCAL
 * turns value errors into warnings even in strict mode; these tests prove none slips in truncated
 * or zeroed.
 */
class MysqlQuarantineIT extends QuarantineContract<MysqlConfig> {
  @RegisterExtension static final ThrowawayMariaDb DB = new ThrowawayMariaDb();

  MysqlQuarantineIT() {
    super(new MyTestDb(DB));
  }

  @Override
  List<String> paths() {
    return List.of("load_data", "insert");
  }

  @Override
  MysqlConfig cfg(String path) {
    return db.config().withLoading(MysqlConfig.BulkLoad.valueOf(path), 100_000);
  }

  /** LOAD DATA reports a warning ("Data truncated"), INSERT an error ("Data too long"). */
  @Override
  String tooLongReason() {
    return "code: Data (truncated|too long) for column 'code'";
  }

  @ParameterizedTest
  @MethodSource("paths")
  void quarantinesOutOfRangeNumbersNullsInNotNullColumnsAndDuplicateKeys(String path) {
    String t = "exact_" + path;
    db.execute(
        "CREATE TABLE "
            + t
            + " (id bigint NOT NULL PRIMARY KEY, small tinyint, amount decimal(5,2))");
    Schema schema =
        Schema.of(
            Field.of("id", DataType.BIGINT),
            Field.of("small", DataType.INT),
            Field.of("amount", DataType.decimal(10, 2)));
    db.writeAll(
        cfg(path),
        target(t, schema, WriteMode.APPEND),
        new Batch(
            schema,
            List.of(
                new Object[] {1L, 1, new BigDecimal("123.45")},
                new Object[] {2L, 1, new BigDecimal("12345.67")},
                new Object[] {3L, 300, null},
                new Object[] {null, 1, null},
                new Object[] {1L, 2, null},
                new Object[] {6L, null, new BigDecimal("-999.99")})));
    assertThat(db.text("SELECT id, small, amount FROM " + t + " ORDER BY id"))
        .containsExactly(List.of("1", "1", "123.45"), Arrays.asList("6", null, "-999.99"));
    var rejected = db.text("SELECT position, field, reason FROM " + t + "__rejected ORDER BY 1");
    assertThat(rejected).extracting(r -> r.get(0)).containsExactly("2", "3", "4", "5");
    assertThat(rejected.get(0).subList(1, 3))
        .containsExactly("amount", "amount: Out of range value for column 'amount'");
    assertThat(rejected.get(1).get(1)).isEqualTo("small");
    assertThat(rejected.get(2).get(1)).isEqualTo("id");
    assertThat(rejected.get(3).get(2)).containsIgnoringCase("duplicate");
  }

  @Test
  void quarantinesFourByteCharactersAColumnInThreeByteUtf8CannotHold() {
    db.execute("CREATE TABLE mb3 (id bigint, code varchar(10)) CHARACTER SET utf8mb3");
    db.writeAll(
        db.config(),
        target("mb3", CODES, WriteMode.APPEND),
        new Batch(
            CODES, List.of(new Object[] {1L, "caf\u00e9"}, new Object[] {2L, "\uD83D\uDE00"})));
    assertThat(db.text("SELECT id, code FROM mb3")).containsExactly(List.of("1", "caf\u00e9"));
    assertThat(db.text("SELECT field, reason FROM mb3__rejected"))
        .singleElement()
        .satisfies(r -> assertThat(r.get(1)).contains("Incorrect string value"));
  }

  @Test
  void quarantinesNanWhichMysqlCannotStore() {
    Schema schema = Schema.of(Field.of("id", DataType.BIGINT), Field.of("f", DataType.DOUBLE));
    db.writeAll(
        db.config(),
        target("nan", schema, WriteMode.APPEND),
        new Batch(schema, List.of(new Object[] {1L, 1.5}, new Object[] {2L, Double.NaN})));
    assertThat(db.text("SELECT id, f FROM nan")).containsExactly(List.of("1", "1.5"));
    assertThat(db.text("SELECT position, field, reason FROM nan__rejected"))
        .containsExactly(List.of("2", "f", "f is NaN, which MySQL cannot store"));
  }
}
