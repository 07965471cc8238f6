package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.MyTestSupport.DESTINATION;
import static io.dataaggregator.connector.jdbc.MyTestSupport.config;
import static io.dataaggregator.connector.jdbc.MyTestSupport.count;
import static io.dataaggregator.connector.jdbc.MyTestSupport.target;
import static io.dataaggregator.connector.jdbc.MyTestSupport.text;
import static io.dataaggregator.connector.jdbc.MyTestSupport.writeAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.testkit.ThrowawayMariaDb;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bad rows go to {@code <table>__rejected} with the server's reason, through both bulk paths. LOAD
 * DATA LOCAL turns value errors into warnings even in strict mode; these tests prove none slips in
 * truncated or zeroed.
 */
class MysqlQuarantineIT {
  @RegisterExtension static final ThrowawayMariaDb DB = new ThrowawayMariaDb();

  private static final Schema CODES =
      Schema.of(Field.of("id", DataType.BIGINT), Field.of("code", DataType.STRING));

  private static MysqlConfig cfg(MysqlConfig.BulkLoad path) {
    return config(DB).withLoading(path, 100_000);
  }

  @ParameterizedTest
  @EnumSource(names = {"load_data", "insert"})
  void quarantinesRowsTheColumnCannotHoldAndLoadsAllOthers(MysqlConfig.BulkLoad path) {
    String t = "narrow_" + path.name();
    DB.execute("CREATE TABLE " + t + " (id bigint, code varchar(3))");
    var rows = new ArrayList<Object[]>();
    for (long i = 1; i <= 1000; i++) {
      rows.add(new Object[] {i, i == 17 || i == 600 || i == 601 ? "toolong" : "ok"});
    }
    writeAll(cfg(path), target(t, CODES, WriteMode.APPEND), new Batch(CODES, rows));

    assertThat(count(DB, t)).isEqualTo(997);
    assertThat(
            text(DB, "SELECT count(*) FROM " + t + " WHERE id IN (17, 600, 601) OR code <> 'ok'"))
        .containsExactly(List.of("0"));
    var rejected =
        text(
            DB,
            "SELECT stream, position, field, reason, raw FROM "
                + t
                + "__rejected ORDER BY position");
    assertThat(rejected).extracting(r -> r.get(1)).containsExactly("17", "600", "601");
    assertThat(rejected.get(0).get(0)).isEqualTo(t);
    assertThat(rejected.get(0).get(2)).isEqualTo("code");
    // LOAD DATA reports a warning ("Data truncated"), INSERT an error ("Data too long")
    assertThat(rejected.get(0).get(3)).matches("code: Data (truncated|too long) for column 'code'");
    assertThat(rejected.get(0).get(4)).isEqualTo("{\"id\":17,\"code\":\"toolong\"}");
  }

  @ParameterizedTest
  @EnumSource(names = {"load_data", "insert"})
  void quarantinesOutOfRangeNumbersNullsInNotNullColumnsAndDuplicateKeys(
      MysqlConfig.BulkLoad path) {
    String t = "exact_" + path.name();
    DB.execute(
        "CREATE TABLE "
            + t
            + " (id bigint NOT NULL PRIMARY KEY, small tinyint, amount decimal(5,2))");
    Schema schema =
        Schema.of(
            Field.of("id", DataType.BIGINT),
            Field.of("small", DataType.INT),
            Field.of("amount", DataType.decimal(10, 2)));
    writeAll(
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
    assertThat(text(DB, "SELECT id, small, amount FROM " + t + " ORDER BY id"))
        .containsExactly(
            List.of("1", "1", "123.45"), java.util.Arrays.asList("6", null, "-999.99"));
    var rejected = text(DB, "SELECT position, field, reason FROM " + t + "__rejected ORDER BY 1");
    assertThat(rejected).extracting(r -> r.get(0)).containsExactly("2", "3", "4", "5");
    assertThat(rejected.get(0).subList(1, 3))
        .containsExactly("amount", "amount: Out of range value for column 'amount'");
    assertThat(rejected.get(1).get(1)).isEqualTo("small");
    assertThat(rejected.get(2).get(1)).isEqualTo("id");
    assertThat(rejected.get(3).get(2)).containsIgnoringCase("duplicate");
  }

  @Test
  void quarantinesFourByteCharactersAColumnInThreeByteUtf8CannotHold() {
    DB.execute("CREATE TABLE mb3 (id bigint, code varchar(10)) CHARACTER SET utf8mb3");
    writeAll(
        config(DB),
        target("mb3", CODES, WriteMode.APPEND),
        new Batch(
            CODES, List.of(new Object[] {1L, "caf\u00e9"}, new Object[] {2L, "\uD83D\uDE00"})));
    assertThat(text(DB, "SELECT id, code FROM mb3")).containsExactly(List.of("1", "caf\u00e9"));
    assertThat(text(DB, "SELECT field, reason FROM mb3__rejected"))
        .singleElement()
        .satisfies(r -> assertThat(r.get(1)).contains("Incorrect string value"));
  }

  @Test
  void writesTheBatchRejectionsInTheSameTransactionAsItsRows() {
    var rejection = new Rejection("codes", 7, "code", "not a code", "7,??");
    try (BatchWriter w = DESTINATION.open(config(DB), target("rej", CODES, WriteMode.APPEND))) {
      w.write(new Batch(CODES, List.<Object[]>of(new Object[] {1L, "a"}), List.of(rejection)));
      w.commit(Checkpoint.START);
      w.write(new Batch(CODES, List.<Object[]>of(new Object[] {2L, "b"}), List.of(rejection)));
      // closed without commit: the second batch's row and rejection both vanish
    }
    assertThat(text(DB, "SELECT id FROM rej")).containsExactly(List.of("1"));
    assertThat(text(DB, "SELECT stream, position, field, reason, raw FROM rej__rejected"))
        .containsExactly(List.of("codes", "7", "code", "not a code", "7,??"));
  }

  @ParameterizedTest
  @EnumSource(names = {"load_data", "insert"})
  void quarantinesUpsertRowsTheTargetCannotHold(MysqlConfig.BulkLoad path) {
    String t = "upn_" + path.name();
    DB.execute("CREATE TABLE " + t + " (id bigint PRIMARY KEY, code varchar(3))");
    writeAll(
        cfg(path),
        target(t, CODES, WriteMode.UPSERT, "id"),
        new Batch(
            CODES,
            List.of(
                new Object[] {1L, "abc"}, new Object[] {2L, "abcdef"}, new Object[] {3L, "x"})));
    assertThat(text(DB, "SELECT id, code FROM " + t + " ORDER BY id"))
        .containsExactly(List.of("1", "abc"), List.of("3", "x"));
    assertThat(text(DB, "SELECT position FROM " + t + "__rejected")).containsExactly(List.of("2"));
  }

  @Test
  void quarantinesNanWhichMysqlCannotStore() {
    Schema schema = Schema.of(Field.of("id", DataType.BIGINT), Field.of("f", DataType.DOUBLE));
    writeAll(
        config(DB),
        target("nan", schema, WriteMode.APPEND),
        new Batch(schema, List.of(new Object[] {1L, 1.5}, new Object[] {2L, Double.NaN})));
    assertThat(text(DB, "SELECT id, f FROM nan")).containsExactly(List.of("1", "1.5"));
    assertThat(text(DB, "SELECT position, field, reason FROM nan__rejected"))
        .containsExactly(List.of("2", "f", "f is NaN, which MySQL cannot store"));
  }
}
