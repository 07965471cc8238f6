package io.dataaggregator.connector.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The table {@code _dagg_checkpoints(pipeline, stream, checkpoint, updated_at)} in the destination
 * schema. A checkpoint is written in the same transaction as the rows before it, so after a crash
 * the table says exactly which rows are in.
 */
final class PgCheckpoints {
  static final String TABLE = "_dagg_checkpoints";

  private final Connection connection;
  private final String qualified;
  private final String schema;

  PgCheckpoints(Connection connection, String schema) {
    this.connection = connection;
    this.schema = schema;
    this.qualified = PostgresDialect.INSTANCE.table(schema, TABLE);
  }

  /**
   * Creates the table unless it exists (looked up first: creating needs a right reading does not).
   * Writers of parallel streams may race to create it ({@link PgDdl#createIfMissing}).
   */
  void ensureTable() throws SQLException {
    if (!new PgCatalog(connection).columns(schema, TABLE).isEmpty()) {
      return;
    }
    PgDdl.createIfMissing(
        connection,
        "CREATE TABLE IF NOT EXISTS "
            + qualified
            + " (pipeline text NOT NULL, stream text NOT NULL, checkpoint text NOT NULL,"
            + " updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (pipeline, stream))");
  }

  Optional<String> load(String pipeline, String stream) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT checkpoint FROM " + qualified + " WHERE pipeline = ? AND stream = ?")) {
      s.setString(1, pipeline);
      s.setString(2, stream);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  /** Stores {@code checkpoint} in the current transaction; the caller commits. */
  void save(String pipeline, String stream, String checkpoint) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "INSERT INTO "
                + qualified
                + " (pipeline, stream, checkpoint, updated_at) VALUES (?, ?, ?, now())"
                + " ON CONFLICT (pipeline, stream) DO UPDATE"
                + " SET checkpoint = EXCLUDED.checkpoint, updated_at = EXCLUDED.updated_at")) {
      s.setString(1, pipeline);
      s.setString(2, stream);
      s.setString(3, checkpoint);
      s.executeUpdate();
    }
  }
}
