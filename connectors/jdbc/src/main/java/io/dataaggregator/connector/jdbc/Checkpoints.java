package io.dataaggregator.connector.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The table {@code _dagg_checkpoints(pipeline, stream, checkpoint, updated_at)} in the destination
 * namespace. A checkpoint is written in the same transaction as the rows before it, so after a
 * crash the table says exactly which rows are in.
 */
final class Checkpoints {
  static final String TABLE = "_dagg_checkpoints";

  private final Dialect dialect;
  private final Connection connection;
  private final JdbcConfig config;
  private final String qualified;

  Checkpoints(Dialect dialect, Connection connection, JdbcConfig config) {
    this.dialect = dialect;
    this.connection = connection;
    this.config = config;
    this.qualified = dialect.table(config.namespace(), TABLE);
  }

  /**
   * Creates the table unless it exists (looked up first: creating needs a right reading does not).
   * Writers of parallel streams may race to create it ({@link Ddl#createIfMissing}).
   */
  void ensureTable() throws SQLException {
    if (!dialect.catalog(connection).columns(config.namespace(), TABLE).isEmpty()) {
      return;
    }
    Ddl.createIfMissing(dialect, connection, config, dialect.createCheckpointTable(qualified));
  }

  Optional<String> load(String pipeline, String stream) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement("SELECT " + q("checkpoint") + " FROM " + qualified + where())) {
      s.setString(1, pipeline);
      s.setString(2, stream);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  /**
   * Stores {@code checkpoint} in the current transaction; the caller commits. The dialect's upsert
   * where it has one, else an update, then an insert when there was nothing to update: one writer
   * owns a pipeline's stream at a time, so the two cannot race.
   */
  void save(String pipeline, String stream, String checkpoint) throws SQLException {
    String upsert = dialect.upsertCheckpoint(qualified);
    if (upsert != null) {
      try (PreparedStatement s = connection.prepareStatement(upsert)) {
        s.setString(1, pipeline);
        s.setString(2, stream);
        s.setString(3, checkpoint);
        s.setString(4, checkpoint);
        s.executeUpdate();
      }
      return;
    }
    try (PreparedStatement s =
        connection.prepareStatement(
            "UPDATE "
                + qualified
                + " SET "
                + q("checkpoint")
                + " = ?, "
                + q("updated_at")
                + " = "
                + dialect.now()
                + where())) {
      s.setString(1, checkpoint);
      s.setString(2, pipeline);
      s.setString(3, stream);
      if (s.executeUpdate() > 0) {
        return;
      }
    }
    try (PreparedStatement s =
        connection.prepareStatement(
            "INSERT INTO "
                + qualified
                + " ("
                + q("pipeline")
                + ", "
                + q("stream")
                + ", "
                + q("checkpoint")
                + ", "
                + q("updated_at")
                + ") VALUES (?, ?, ?, "
                + dialect.now()
                + ")")) {
      s.setString(1, pipeline);
      s.setString(2, stream);
      s.setString(3, checkpoint);
      s.executeUpdate();
    }
  }

  private String where() {
    return " WHERE " + q("pipeline") + " = ? AND " + q("stream") + " = ?";
  }

  private String q(String column) {
    return dialect.quote(column);
  }
}
