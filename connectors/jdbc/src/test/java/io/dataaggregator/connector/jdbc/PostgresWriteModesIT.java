package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.JdbcTestDb.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.testkit.ThrowawayPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The write modes through COPY, PostgreSQL's one bulk path. */
class PostgresWriteModesIT extends WriteModesContract<PostgresConfig> {
  @RegisterExtension static final ThrowawayPostgres PG = new ThrowawayPostgres();

  PostgresWriteModesIT() {
    super(new PgTestDb(PG));
  }

  @Override
  List<String> paths() {
    return List.of("copy");
  }

  /** COPY sends each row to the server as it comes, whatever the config. */
  @Override
  PostgresConfig loading(String path, int rows) {
    return db.config();
  }

  @Override
  String createWithUniqueId(String table) {
    return "CREATE TABLE " + table + " (id bigint, name text, UNIQUE (id))";
  }

  @Override
  String dateTypeName() {
    return "date";
  }

  @Override
  void assertOnlyTableWithItsPrimaryKey(String table) {
    assertThat(db.text("SELECT to_regclass('" + table + "__dagg_new') IS NULL"))
        .containsExactly(List.of("t"));
    assertHasPrimaryKey(table);
  }

  @Override
  void assertHasPrimaryKey(String table) {
    assertThat(
            db.text(
                "SELECT conname FROM pg_constraint WHERE conrelid = '"
                    + table
                    + "'::regclass AND contype = 'p'"))
        .containsExactly(List.of(table + "_pkey"));
  }

  @Test
  void addsColumnsThatAppearInALaterBatchOfTheSameRun() {
    Schema wider = Schema.of(PEOPLE.field(0), PEOPLE.field(1), Field.of("city", DataType.STRING));
    db.writeAll(
        db.config(),
        target("drift2", PEOPLE, WriteMode.UPSERT, "id"),
        people(1L, "a"),
        new Batch(wider, List.<Object[]>of(new Object[] {1L, "a2", "Oslo"})));
    assertThat(rows("drift2")).containsExactly(List.of("1", "a2", "Oslo"));
  }

  @Test
  void keepsTimeZonesApartTimestampWithoutZoneDoesNotLoadIntoTimestamptz() {
    db.execute("CREATE TABLE tzs (at timestamptz)");
    Schema local = Schema.of(Field.of("at", DataType.TIMESTAMP));
    assertThatThrownBy(
            () -> db.destination().open(db.config(), target("tzs", local, WriteMode.APPEND)))
        .hasMessageContaining("timestamp with time zone");
  }
}
