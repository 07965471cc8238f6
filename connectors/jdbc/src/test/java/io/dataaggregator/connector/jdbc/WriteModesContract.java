package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.JdbcTestDb.target;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Append, overwrite and upsert into a database, through every bulk path its destination has; the
 * rows are compared as the server's text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WriteModesContract<C extends Record> {
  static final Schema PEOPLE =
      Schema.of(new Field("id", DataType.BIGINT, false), Field.of("name", DataType.STRING));

  final JdbcTestDb<C> db;

  WriteModesContract(JdbcTestDb<C> db) {
    this.db = db;
  }

  /** Names of the destination's bulk paths, each a parameter of the tests. */
  abstract List<String> paths();

  /** Config loading through {@code path}, {@code rows} rows per round trip where it can say. */
  abstract C loading(String path, int rows);

  /** DDL of table {@code table (id bigint, name <text>, UNIQUE (id))}. */
  abstract String createWithUniqueId(String table);

  /** The name of type {@code date} in the messages of the destination. */
  abstract String dateTypeName();

  /** {@code table} has a primary key and no other table starts with its name. */
  abstract void assertOnlyTableWithItsPrimaryKey(String table);

  /** {@code table} has a primary key. */
  abstract void assertHasPrimaryKey(String table);

  C cfg(String path) {
    return loading(path, 100_000);
  }

  static Batch people(Object... idNamePairs) {
    var rows = new ArrayList<Object[]>();
    for (int i = 0; i < idNamePairs.length; i += 2) {
      rows.add(new Object[] {idNamePairs[i], idNamePairs[i + 1]});
    }
    return new Batch(PEOPLE, rows);
  }

  List<List<String>> rows(String table) {
    return db.text("SELECT * FROM " + table + " ORDER BY 1, 2");
  }

  @ParameterizedTest
  @MethodSource("paths")
  void appendAddsRowsToWhatIsThere(String path) {
    String t = "app_" + path;
    db.writeAll(cfg(path), target(t, PEOPLE, WriteMode.APPEND), people(1L, "a", 2L, "b"));
    db.writeAll(cfg(path), target(t, PEOPLE, WriteMode.APPEND), people(2L, "b", 3L, "c"));
    assertThat(rows(t))
        .containsExactly(
            List.of("1", "a"), List.of("2", "b"), List.of("2", "b"), List.of("3", "c"));
  }

  @ParameterizedTest
  @MethodSource("paths")
  void overwriteReplacesTheTableOnlyWhenFinished(String path) {
    String t = "ow_" + path;
    db.writeAll(cfg(path), target(t, PEOPLE, WriteMode.OVERWRITE, "id"), people(1L, "old"));
    try (BatchWriter w =
        db.destination().open(cfg(path), target(t, PEOPLE, WriteMode.OVERWRITE, "id"))) {
      assertThat(w.resumeFrom()).contains(Checkpoint.START);
      w.write(people(5L, "new1", 6L, "new2"));
      w.commit(Checkpoint.START);
      assertThat(rows(t))
          .as("before finish readers see the old table")
          .containsExactly(List.of("1", "old"));
      w.finish();
    }
    assertThat(rows(t)).containsExactly(List.of("5", "new1"), List.of("6", "new2"));
    assertOnlyTableWithItsPrimaryKey(t);
  }

  @ParameterizedTest
  @MethodSource("paths")
  void overwriteDropsTheHalfLoadedTableOfACrashedRun(String path) {
    String t = "ow2_" + path;
    try (BatchWriter w = db.destination().open(cfg(path), target(t, PEOPLE, WriteMode.OVERWRITE))) {
      w.write(people(1L, "from crashed run"));
      w.commit(Checkpoint.START);
      // no finish: the run died here
    }
    assertThat(rows(t + "__dagg_new")).hasSize(1);
    db.writeAll(cfg(path), target(t, PEOPLE, WriteMode.OVERWRITE), people(2L, "rerun"));
    assertThat(rows(t)).containsExactly(List.of("2", "rerun"));
  }

  @ParameterizedTest
  @MethodSource("paths")
  void upsertInsertsNewKeysAndUpdatesExistingOnesLastRowWinning(String path) {
    String t = "up_" + path;
    db.writeAll(cfg(path), target(t, PEOPLE, WriteMode.UPSERT, "id"), people(1L, "a", 2L, "b"));
    db.writeAll(
        cfg(path),
        target(t, PEOPLE, WriteMode.UPSERT, "id"),
        people(2L, "b2", 3L, "c", 3L, "c-last"),
        people(1L, "a2"));
    assertThat(rows(t))
        .containsExactly(List.of("1", "a2"), List.of("2", "b2"), List.of("3", "c-last"));
    assertHasPrimaryKey(t);
  }

  @ParameterizedTest
  @MethodSource("paths")
  void upsertIntoATableWithoutUniqueKeyFailsSayingWhatToAdd(String path) {
    String t = "nokey_" + path;
    db.execute("CREATE TABLE " + t + " (id bigint, name text)");
    assertThatThrownBy(
            () -> db.destination().open(cfg(path), target(t, PEOPLE, WriteMode.UPSERT, "id")))
        .isInstanceOf(ConnectorException.class)
        .satisfies(
            e ->
                assertThat(((ConnectorException) e).errorCode())
                    .isEqualTo(JdbcErrorCode.UPSERT_KEY_NOT_UNIQUE))
        .hasMessageContaining(db.qualified(t))
        .hasMessageContaining("ADD PRIMARY KEY (id)");
  }

  @ParameterizedTest
  @MethodSource("paths")
  void upsertAcceptsAUniqueKeyInsteadOfAPrimaryKey(String path) {
    String t = "uq_" + path;
    db.execute(createWithUniqueId(t));
    db.writeAll(cfg(path), target(t, PEOPLE, WriteMode.UPSERT, "id"), people(1L, "a"));
    db.writeAll(cfg(path), target(t, PEOPLE, WriteMode.UPSERT, "id"), people(1L, "b"));
    assertThat(rows(t)).containsExactly(List.of("1", "b"));
  }

  @ParameterizedTest
  @MethodSource("paths")
  void addsColumnsTheTableLacksWhenTheWriterOpens(String path) {
    String t = "drift_" + path;
    db.writeAll(cfg(path), target(t, PEOPLE, WriteMode.APPEND), people(1L, "a"));
    Schema wider = Schema.of(PEOPLE.field(0), PEOPLE.field(1), Field.of("age", DataType.INT));
    db.writeAll(
        cfg(path),
        target(t, wider, WriteMode.APPEND),
        new Batch(wider, List.<Object[]>of(new Object[] {2L, "b", 40})));
    assertThat(rows(t)).containsExactly(Arrays.asList("1", "a", null), List.of("2", "b", "40"));
  }

  @ParameterizedTest
  @MethodSource("paths")
  void refusesATypeConflictNamingTableColumnAndBothTypes(String path) {
    String t = "conflict_" + path;
    db.execute("CREATE TABLE " + t + " (id bigint, name date)");
    Schema flags = Schema.of(Field.of("id", DataType.BIGINT), Field.of("name", DataType.BOOLEAN));
    assertThatThrownBy(() -> db.destination().open(cfg(path), target(t, flags, WriteMode.APPEND)))
        .isInstanceOf(ConnectorException.class)
        .satisfies(
            e ->
                assertThat(((ConnectorException) e).errorCode())
                    .isEqualTo(CommonErrorCode.SCHEMA_MISMATCH))
        .hasMessageContaining("column name of table " + db.qualified(t) + " is " + dateTypeName())
        .hasMessageContaining("incoming name is boolean");
  }

  @ParameterizedTest
  @MethodSource("paths")
  void rowsAreInvisibleToOthersUntilCommit(String path) {
    String t = "vis_" + path;
    // one row per load: the row reaches the server at once, inside the open transaction
    try (BatchWriter w =
        db.destination().open(loading(path, 1), target(t, PEOPLE, WriteMode.APPEND))) {
      w.write(people(1L, "a"));
      assertThat(db.count(t)).isZero();
      w.commit(Checkpoint.START);
      assertThat(db.count(t)).isEqualTo(1);
    }
  }
}
