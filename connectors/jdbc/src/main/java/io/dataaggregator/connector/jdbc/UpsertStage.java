package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Schema;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The session-private table an upsert loads into before the dialect's merge statement takes it into
 * the target. Its columns take the target's types, so a value the target cannot hold fails (and is
 * quarantined) while loading, not while merging; a sequence column keeps the arrival order, so the
 * last row of a key wins.
 */
final class UpsertStage {
  private static final String ORDER = "__dagg_seq";

  private final Dialect dialect;
  private final Connection connection;
  private final String target;
  private final String name;
  private final WriteTarget write;
  private Schema staged;
  private boolean dirty;

  UpsertStage(Dialect dialect, Connection connection, String namespace, WriteTarget write) {
    this.dialect = dialect;
    this.connection = connection;
    this.target = dialect.table(namespace, write.table());
    this.name = dialect.stageTable(namespace);
    this.write = write;
  }

  /** The stage table for rows of {@code schema}, (re)created when the schema changed. */
  String stage(Schema schema) throws SQLException {
    if (!schema.equals(staged)) {
      for (String sql : dialect.createStage(name, target, schema.names(), ORDER)) {
        Ddl.execute(connection, sql);
      }
      staged = schema;
    }
    dirty = true;
    return name;
  }

  /** Merges what was staged since the last merge into the target and empties the stage. */
  void merge(Schema schema) throws SQLException {
    if (!dirty) {
      return;
    }
    Ddl.execute(connection, dialect.upsert(target, name, schema.names(), write.key(), ORDER));
    Ddl.execute(connection, dialect.clearStage(name));
    dirty = false;
  }
}
