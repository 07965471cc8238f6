package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.PgTestSupport.DESTINATION;
import static io.dataaggregator.connector.jdbc.PgTestSupport.config;
import static io.dataaggregator.connector.jdbc.PgTestSupport.query;
import static io.dataaggregator.connector.jdbc.PgTestSupport.target;
import static io.dataaggregator.connector.jdbc.PgTestSupport.writeAll;
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
import io.dataaggregator.testkit.ThrowawayPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresWriteModesIT {
  @RegisterExtension static final ThrowawayPostgres PG = new ThrowawayPostgres();

  private static final Schema PEOPLE =
      Schema.of(new Field("id", DataType.BIGINT, false), Field.of("name", DataType.STRING));

  private static Batch people(Object... idNamePairs) {
    var rows = new java.util.ArrayList<Object[]>();
    for (int i = 0; i < idNamePairs.length; i += 2) {
      rows.add(new Object[] {idNamePairs[i], idNamePairs[i + 1]});
    }
    return new Batch(PEOPLE, rows);
  }

  private static List<List<Object>> rows(String table) {
    return query(PG, "SELECT * FROM " + table + " ORDER BY 1, 2");
  }

  @Test
  void appendAddsRowsToWhatIsThere() {
    writeAll(config(PG), target("app", PEOPLE, WriteMode.APPEND), people(1L, "a", 2L, "b"));
    writeAll(config(PG), target("app", PEOPLE, WriteMode.APPEND), people(2L, "b", 3L, "c"));
    assertThat(rows("app"))
        .containsExactly(List.of(1L, "a"), List.of(2L, "b"), List.of(2L, "b"), List.of(3L, "c"));
  }

  @Test
  void overwriteReplacesTheTableOnlyWhenFinished() throws Exception {
    writeAll(config(PG), target("ow", PEOPLE, WriteMode.OVERWRITE, "id"), people(1L, "old"));
    try (BatchWriter w =
        DESTINATION.open(config(PG), target("ow", PEOPLE, WriteMode.OVERWRITE, "id"))) {
      assertThat(w.resumeFrom()).contains(Checkpoint.START);
      w.write(people(5L, "new1", 6L, "new2"));
      w.commit(Checkpoint.START);
      assertThat(rows("ow"))
          .as("before finish readers see the old table")
          .containsExactly(List.of(1L, "old"));
      w.finish();
    }
    assertThat(rows("ow")).containsExactly(List.of(5L, "new1"), List.of(6L, "new2"));
    assertThat(query(PG, "SELECT to_regclass('ow__dagg_new') IS NULL").get(0).get(0))
        .isEqualTo(true);
    assertThat(
            query(
                PG,
                "SELECT conname FROM pg_constraint WHERE conrelid = 'ow'::regclass"
                    + " AND contype = 'p'"))
        .containsExactly(List.of("ow_pkey"));
  }

  @Test
  void overwriteDropsTheHalfLoadedTableOfACrashedRun() {
    try (BatchWriter w = DESTINATION.open(config(PG), target("ow2", PEOPLE, WriteMode.OVERWRITE))) {
      w.write(people(1L, "from crashed run"));
      w.commit(Checkpoint.START);
      // no finish: the run died here
    }
    assertThat(rows("ow2__dagg_new")).hasSize(1);
    writeAll(config(PG), target("ow2", PEOPLE, WriteMode.OVERWRITE), people(2L, "rerun"));
    assertThat(rows("ow2")).containsExactly(List.of(2L, "rerun"));
  }

  @Test
  void upsertInsertsNewKeysAndUpdatesExistingOnesLastRowWinning() {
    writeAll(config(PG), target("up", PEOPLE, WriteMode.UPSERT, "id"), people(1L, "a", 2L, "b"));
    writeAll(
        config(PG),
        target("up", PEOPLE, WriteMode.UPSERT, "id"),
        people(2L, "b2", 3L, "c", 3L, "c-last"),
        people(1L, "a2"));
    assertThat(rows("up"))
        .containsExactly(List.of(1L, "a2"), List.of(2L, "b2"), List.of(3L, "c-last"));
    assertThat(
            query(
                PG,
                "SELECT conname FROM pg_constraint WHERE conrelid = 'up'::regclass"
                    + " AND contype = 'p'"))
        .containsExactly(List.of("up_pkey"));
  }

  @Test
  void upsertIntoATableWithoutUniqueKeyFailsSayingWhatToAdd() {
    PG.execute("CREATE TABLE nokey (id bigint, name text)");
    assertThatThrownBy(
            () -> DESTINATION.open(config(PG), target("nokey", PEOPLE, WriteMode.UPSERT, "id")))
        .isInstanceOf(ConnectorException.class)
        .satisfies(
            e ->
                assertThat(((ConnectorException) e).errorCode())
                    .isEqualTo(JdbcErrorCode.UPSERT_KEY_NOT_UNIQUE))
        .hasMessageContaining("public.nokey")
        .hasMessageContaining("ADD PRIMARY KEY (id)");
  }

  @Test
  void upsertAcceptsAUniqueConstraintInsteadOfAPrimaryKey() {
    PG.execute("CREATE TABLE uq (id bigint, name text, UNIQUE (id))");
    writeAll(config(PG), target("uq", PEOPLE, WriteMode.UPSERT, "id"), people(1L, "a"));
    writeAll(config(PG), target("uq", PEOPLE, WriteMode.UPSERT, "id"), people(1L, "b"));
    assertThat(rows("uq")).containsExactly(List.of(1L, "b"));
  }

  @Test
  void addsColumnsTheTableLacks() {
    writeAll(config(PG), target("drift", PEOPLE, WriteMode.APPEND), people(1L, "a"));
    Schema wider = Schema.of(PEOPLE.field(0), PEOPLE.field(1), Field.of("age", DataType.INT));
    writeAll(
        config(PG),
        target("drift", wider, WriteMode.APPEND),
        new Batch(wider, List.<Object[]>of(new Object[] {2L, "b", 40})));
    assertThat(rows("drift"))
        .containsExactly(java.util.Arrays.asList(1L, "a", null), List.of(2L, "b", 40));
  }

  @Test
  void addsColumnsThatAppearInALaterBatchOfTheSameRun() {
    Schema wider = Schema.of(PEOPLE.field(0), PEOPLE.field(1), Field.of("city", DataType.STRING));
    writeAll(
        config(PG),
        target("drift2", PEOPLE, WriteMode.UPSERT, "id"),
        people(1L, "a"),
        new Batch(wider, List.<Object[]>of(new Object[] {1L, "a2", "Oslo"})));
    assertThat(rows("drift2")).containsExactly(List.of(1L, "a2", "Oslo"));
  }

  @Test
  void refusesATypeConflictNamingTableColumnAndBothTypes() {
    PG.execute("CREATE TABLE conflict (id bigint, name date)");
    Schema flags = Schema.of(Field.of("id", DataType.BIGINT), Field.of("name", DataType.BOOLEAN));
    assertThatThrownBy(
            () -> DESTINATION.open(config(PG), target("conflict", flags, WriteMode.APPEND)))
        .isInstanceOf(ConnectorException.class)
        .satisfies(
            e ->
                assertThat(((ConnectorException) e).errorCode())
                    .isEqualTo(CommonErrorCode.SCHEMA_MISMATCH))
        .hasMessageContaining("column name of table public.conflict is date")
        .hasMessageContaining("incoming name is boolean");
  }

  @Test
  void keepsTimeZonesApartTimestampWithoutZoneDoesNotLoadIntoTimestamptz() {
    PG.execute("CREATE TABLE tzs (at timestamptz)");
    Schema local = Schema.of(Field.of("at", DataType.TIMESTAMP));
    assertThatThrownBy(() -> DESTINATION.open(config(PG), target("tzs", local, WriteMode.APPEND)))
        .hasMessageContaining("timestamp with time zone");
  }

  @Test
  void rowsAreInvisibleToOthersUntilCommit() throws Exception {
    try (BatchWriter w = DESTINATION.open(config(PG), target("vis", PEOPLE, WriteMode.APPEND));
        Connection c = PG.connect();
        Statement s = c.createStatement()) {
      w.write(people(1L, "a"));
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM vis")) {
        r.next();
        assertThat(r.getLong(1)).isZero();
      }
      w.commit(Checkpoint.START);
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM vis")) {
        r.next();
        assertThat(r.getLong(1)).isEqualTo(1);
      }
    }
  }
}
