package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.MyTestSupport.DESTINATION;
import static io.dataaggregator.connector.jdbc.MyTestSupport.config;
import static io.dataaggregator.connector.jdbc.MyTestSupport.target;
import static io.dataaggregator.connector.jdbc.MyTestSupport.text;
import static io.dataaggregator.connector.jdbc.MyTestSupport.writeAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.testkit.ThrowawayMariaDb;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every write mode, through both bulk paths: LOAD DATA LOCAL INFILE and multi-row INSERT. */
class MysqlWriteModesIT {
  @RegisterExtension static final ThrowawayMariaDb DB = new ThrowawayMariaDb();

  private static final Schema PEOPLE =
      Schema.of(new Field("id", DataType.BIGINT, false), Field.of("name", DataType.STRING));

  private static MysqlConfig cfg(MysqlConfig.BulkLoad path) {
    return config(DB).withLoading(path, 100_000);
  }

  private static Batch people(Object... idNamePairs) {
    var rows = new ArrayList<Object[]>();
    for (int i = 0; i < idNamePairs.length; i += 2) {
      rows.add(new Object[] {idNamePairs[i], idNamePairs[i + 1]});
    }
    return new Batch(PEOPLE, rows);
  }

  private static List<List<String>> rows(String table) {
    return text(DB, "SELECT * FROM " + table + " ORDER BY 1, 2");
  }

  private static String name(String base, MysqlConfig.BulkLoad path) {
    return base + "_" + path.name();
  }

  @ParameterizedTest
  @EnumSource(names = {"load_data", "insert"})
  void appendAddsRowsToWhatIsThere(MysqlConfig.BulkLoad path) {
    String t = name("app", path);
    writeAll(cfg(path), target(t, PEOPLE, WriteMode.APPEND), people(1L, "a", 2L, "b"));
    writeAll(cfg(path), target(t, PEOPLE, WriteMode.APPEND), people(2L, "b", 3L, "c"));
    assertThat(rows(t))
        .containsExactly(
            List.of("1", "a"), List.of("2", "b"), List.of("2", "b"), List.of("3", "c"));
  }

  @ParameterizedTest
  @EnumSource(names = {"load_data", "insert"})
  void overwriteSwapsTheNewTableInWithRenameOnlyWhenFinished(MysqlConfig.BulkLoad path) {
    String t = name("ow", path);
    writeAll(cfg(path), target(t, PEOPLE, WriteMode.OVERWRITE, "id"), people(1L, "old"));
    try (BatchWriter w =
        DESTINATION.open(cfg(path), target(t, PEOPLE, WriteMode.OVERWRITE, "id"))) {
      assertThat(w.resumeFrom()).contains(Checkpoint.START);
      w.write(people(5L, "new1", 6L, "new2"));
      w.commit(Checkpoint.START);
      assertThat(rows(t))
          .as("before finish readers see the old table")
          .containsExactly(List.of("1", "old"));
      w.finish();
    }
    assertThat(rows(t)).containsExactly(List.of("5", "new1"), List.of("6", "new2"));
    assertThat(
            text(
                DB,
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME LIKE '"
                    + t
                    + "%'"))
        .containsExactly(List.of(t));
    assertThat(text(DB, "SHOW KEYS FROM " + t + " WHERE Key_name = 'PRIMARY'")).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(names = {"load_data", "insert"})
  void overwriteDropsTheHalfLoadedTableOfACrashedRun(MysqlConfig.BulkLoad path) {
    String t = name("ow2", path);
    try (BatchWriter w = DESTINATION.open(cfg(path), target(t, PEOPLE, WriteMode.OVERWRITE))) {
      w.write(people(1L, "from crashed run"));
      w.commit(Checkpoint.START);
      // no finish: the run died here
    }
    assertThat(rows(t + "__dagg_new")).hasSize(1);
    writeAll(cfg(path), target(t, PEOPLE, WriteMode.OVERWRITE), people(2L, "rerun"));
    assertThat(rows(t)).containsExactly(List.of("2", "rerun"));
  }

  @ParameterizedTest
  @EnumSource(names = {"load_data", "insert"})
  void upsertInsertsNewKeysAndUpdatesExistingOnesLastRowWinning(MysqlConfig.BulkLoad path) {
    String t = name("up", path);
    writeAll(cfg(path), target(t, PEOPLE, WriteMode.UPSERT, "id"), people(1L, "a", 2L, "b"));
    writeAll(
        cfg(path),
        target(t, PEOPLE, WriteMode.UPSERT, "id"),
        people(2L, "b2", 3L, "c", 3L, "c-last"),
        people(1L, "a2"));
    assertThat(rows(t))
        .containsExactly(List.of("1", "a2"), List.of("2", "b2"), List.of("3", "c-last"));
    assertThat(text(DB, "SHOW KEYS FROM " + t + " WHERE Key_name = 'PRIMARY'")).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(names = {"load_data"})
  void upsertOnAStringKeyTellsCaseApart(MysqlConfig.BulkLoad path) {
    Schema codes =
        Schema.of(new Field("code", DataType.STRING, false), Field.of("n", DataType.INT));
    writeAll(
        cfg(path),
        target("upcase", codes, WriteMode.UPSERT, "code"),
        new Batch(codes, List.of(new Object[] {"a", 1}, new Object[] {"A", 2})));
    writeAll(
        cfg(path),
        target("upcase", codes, WriteMode.UPSERT, "code"),
        new Batch(codes, List.<Object[]>of(new Object[] {"a", 3})));
    assertThat(text(DB, "SELECT code, n FROM upcase ORDER BY n"))
        .containsExactly(List.of("A", "2"), List.of("a", "3"));
  }

  @ParameterizedTest
  @EnumSource(names = {"load_data"})
  void upsertIntoATableWithoutUniqueKeyFailsSayingWhatToAdd(MysqlConfig.BulkLoad path) {
    DB.execute("CREATE TABLE nokey (id bigint, name text)");
    assertThatThrownBy(
            () -> DESTINATION.open(cfg(path), target("nokey", PEOPLE, WriteMode.UPSERT, "id")))
        .isInstanceOf(ConnectorException.class)
        .satisfies(
            e ->
                assertThat(((ConnectorException) e).errorCode())
                    .isEqualTo(JdbcErrorCode.UPSERT_KEY_NOT_UNIQUE))
        .hasMessageContaining(DB.database() + ".nokey")
        .hasMessageContaining("ADD PRIMARY KEY (id)");
  }

  @ParameterizedTest
  @EnumSource(names = {"insert"})
  void upsertAcceptsAUniqueIndexInsteadOfAPrimaryKey(MysqlConfig.BulkLoad path) {
    DB.execute("CREATE TABLE uq (id bigint, name varchar(20), UNIQUE KEY (id))");
    writeAll(cfg(path), target("uq", PEOPLE, WriteMode.UPSERT, "id"), people(1L, "a"));
    writeAll(cfg(path), target("uq", PEOPLE, WriteMode.UPSERT, "id"), people(1L, "b"));
    assertThat(rows("uq")).containsExactly(List.of("1", "b"));
  }

  @ParameterizedTest
  @EnumSource(names = {"load_data", "insert"})
  void addsColumnsTheTableLacksWhenTheWriterOpens(MysqlConfig.BulkLoad path) {
    String t = name("drift", path);
    writeAll(cfg(path), target(t, PEOPLE, WriteMode.APPEND), people(1L, "a"));
    Schema wider = Schema.of(PEOPLE.field(0), PEOPLE.field(1), Field.of("age", DataType.INT));
    writeAll(
        cfg(path),
        target(t, wider, WriteMode.APPEND),
        new Batch(wider, List.<Object[]>of(new Object[] {2L, "b", 40})));
    assertThat(rows(t)).containsExactly(Arrays.asList("1", "a", null), List.of("2", "b", "40"));
  }

  @ParameterizedTest
  @EnumSource(names = {"load_data"})
  void aColumnAppearingMidRunRollsBackToTheCheckpointAddsItAndAsksForARerun(
      MysqlConfig.BulkLoad path) {
    Schema wider = Schema.of(PEOPLE.field(0), PEOPLE.field(1), Field.of("city", DataType.STRING));
    var t = target("drift2", PEOPLE, WriteMode.APPEND);
    try (BatchWriter w = DESTINATION.open(cfg(path), t)) {
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
    try (BatchWriter w = DESTINATION.open(cfg(path), t)) {
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

  @ParameterizedTest
  @EnumSource(names = {"load_data"})
  void refusesATypeConflictNamingTableColumnAndBothTypes(MysqlConfig.BulkLoad path) {
    DB.execute("CREATE TABLE conflict (id bigint, name date)");
    Schema flags = Schema.of(Field.of("id", DataType.BIGINT), Field.of("name", DataType.BOOLEAN));
    assertThatThrownBy(
            () -> DESTINATION.open(cfg(path), target("conflict", flags, WriteMode.APPEND)))
        .isInstanceOf(ConnectorException.class)
        .satisfies(
            e ->
                assertThat(((ConnectorException) e).errorCode())
                    .isEqualTo(CommonErrorCode.SCHEMA_MISMATCH))
        .hasMessageContaining("column name of table " + DB.database() + ".conflict is DATE")
        .hasMessageContaining("incoming name is boolean");
  }

  @ParameterizedTest
  @EnumSource(names = {"load_data", "insert"})
  void rowsAreInvisibleToOthersUntilCommit(MysqlConfig.BulkLoad path) {
    String t = name("vis", path);
    // one row per load: the row reaches the server at once, inside the open transaction
    MysqlConfig eager = config(DB).withLoading(path, 1);
    try (BatchWriter w = DESTINATION.open(eager, target(t, PEOPLE, WriteMode.APPEND))) {
      w.write(people(1L, "a"));
      assertThat(MyTestSupport.count(DB, t)).isZero();
      w.commit(Checkpoint.START);
      assertThat(MyTestSupport.count(DB, t)).isEqualTo(1);
    }
  }
}
