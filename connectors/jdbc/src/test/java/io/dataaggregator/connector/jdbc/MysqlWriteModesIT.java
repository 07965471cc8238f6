package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.JdbcTestDb.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.testkit.ThrowawayMariaDb;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every write mode, through both bulk paths: LOAD DATA LOCAL INFILE and multi-row INSERT. */
class MysqlWriteModesIT extends WriteModesContract<MysqlConfig> {
  @RegisterExtension static final ThrowawayMariaDb DB = new ThrowawayMariaDb();

  MysqlWriteModesIT() {
    super(new MyTestDb(DB));
  }

  @Override
  List<String> paths() {
    return List.of("load_data", "insert");
  }

  @Override
  MysqlConfig loading(String path, int rows) {
    return db.config().withLoading(MysqlConfig.BulkLoad.valueOf(path), rows);
  }

  private MysqlConfig cfg(MysqlConfig.BulkLoad path) {
    return loading(path.name(), 100_000);
  }

  @Override
  String createWithUniqueId(String table) {
    return "CREATE TABLE " + table + " (id bigint, name varchar(20), UNIQUE KEY (id))";
  }

  @Override
  String dateTypeName() {
    return "DATE";
  }

  @Override
  void assertOnlyTableWithItsPrimaryKey(String table) {
    assertThat(
            db.text(
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME LIKE '"
                    + table
                    + "%'"))
        .containsExactly(List.of(table));
    assertHasPrimaryKey(table);
  }

  @Override
  void assertHasPrimaryKey(String table) {
    assertThat(db.text("SHOW KEYS FROM " + table + " WHERE Key_name = 'PRIMARY'")).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(names = {"load_data"})
  void upsertOnAStringKeyTellsCaseApart(MysqlConfig.BulkLoad path) {
    Schema codes =
        Schema.of(new Field("code", DataType.STRING, false), Field.of("n", DataType.INT));
    db.writeAll(
        cfg(path),
        target("upcase", codes, WriteMode.UPSERT, "code"),
        new Batch(codes, List.of(new Object[] {"a", 1}, new Object[] {"A", 2})));
    db.writeAll(
        cfg(path),
        target("upcase", codes, WriteMode.UPSERT, "code"),
        new Batch(codes, List.<Object[]>of(new Object[] {"a", 3})));
    assertThat(db.text("SELECT code, n FROM upcase ORDER BY n"))
        .containsExactly(List.of("A", "2"), List.of("a", "3"));
  }

  @ParameterizedTest
  @EnumSource(names = {"load_data"})
  void aColumnAppearingMidRunRollsBackToTheCheckpointAddsItAndAsksForARerun(
      MysqlConfig.BulkLoad path) {
    Schema wider = Schema.of(PEOPLE.field(0), PEOPLE.field(1), Field.of("city", DataType.STRING));
    var t = target("drift2", PEOPLE, WriteMode.APPEND);
    try (BatchWriter w = db.destination().open(cfg(path), t)) {
      w.write(people(1L, "a"));
      w.commit(new Checkpoint("after-1"));
      w.write(people(2L, "b"));
      Batch city = new Batch(wider, List.<Object[]>of(new Object[] {3L, "c", "Oslo"}));
      assertThatThrownBy(() -> w.write(city))
          .isInstanceOf(ConnectorException.class)
          .satisfies(
              e -> {
                var code = ((ConnectorException) e).errorCode();
                assertThat(code).isEqualTo(JdbcErrorCode.SCHEMA_CHANGED);
                assertThat(code.isTransient()).isTrue();
              })
          .hasMessageContaining("ADD COLUMN `city`")
          .hasMessageContaining("run the pipeline again");
    }
    assertThat(rows("drift2"))
        .as("row 2 was rolled back, not committed without its checkpoint")
        .containsExactly(Arrays.asList("1", "a", null));
    try (BatchWriter w = db.destination().open(cfg(path), t)) {
      assertThat(w.resumeFrom()).contains(new Checkpoint("after-1"));
      w.write(people(2L, "b"));
      w.write(new Batch(wider, List.<Object[]>of(new Object[] {3L, "c", "Oslo"})));
      w.commit(new Checkpoint("after-3"));
    }
    assertThat(rows("drift2"))
        .containsExactly(
            Arrays.asList("1", "a", null),
            Arrays.asList("2", "b", null),
            List.of("3", "c", "Oslo"));
  }
}
