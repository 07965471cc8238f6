package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;

/**
 * The temporary table an upsert copies into before {@code INSERT ... ON CONFLICT} merges it into
 * the target. Its columns take the target's types, so a value the target cannot hold fails (and is
 * quarantined) while copying, not while merging; a sequence column keeps the arrival order, so the
 * last row of a key wins.
 */
final class PgUpsertStage {
  private static final PostgresDialect DIALECT = PostgresDialect.INSTANCE;
  private static final String NAME = "pg_temp.dagg_stage";
  private static final String ORDER = "__dagg_seq";

  private final Connection connection;
  private final String target;
  private final WriteTarget write;
  private Schema staged;
  private boolean dirty;

  PgUpsertStage(Connection connection, String schema, WriteTarget write) {
    this.connection = connection;
    this.target = DIALECT.table(schema, write.table());
    this.write = write;
  }

  /** The stage table for rows of {@code schema}, (re)created when the schema changed. */
  String stage(Schema schema) throws SQLException {
    if (!schema.equals(staged)) {
      String columns =
          schema.names().stream().map(DIALECT::quote).collect(Collectors.joining(", "));
      execute("DROP TABLE IF EXISTS " + NAME);
      execute(
          "CREATE TEMP TABLE dagg_stage AS SELECT "
              + columns
              + " FROM "
              + target
              + " WITH NO DATA");
      execute(
          "ALTER TABLE " + NAME + " ADD COLUMN " + ORDER + " bigint GENERATED ALWAYS AS IDENTITY");
      staged = schema;
    }
    dirty = true;
    return NAME;
  }

  /** Merges what was staged since the last merge into the target and empties the stage. */
  void merge(Schema schema) throws SQLException {
    if (!dirty) {
      return;
    }
    execute(DIALECT.upsert(target, NAME, schema.names(), write.key(), ORDER));
    execute("TRUNCATE " + NAME);
    dirty = false;
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }
}
