package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.Rejection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The quarantine table {@code <table>__rejected(rejected_at, stream, position, field, reason,
 * raw)}, created on the first rejection. Rejections are held until {@link #flush} writes them in
 * the current transaction, so they become durable together with the rows of their batch.
 */
final class PgQuarantine {
  private final Connection connection;
  private final String qualified;
  private final List<Rejection> pending = new ArrayList<>();
  private boolean created;

  PgQuarantine(Connection connection, String schema, String table) {
    this.connection = connection;
    this.qualified = PostgresDialect.INSTANCE.table(schema, table + "__rejected");
  }

  void add(Rejection rejection) {
    pending.add(rejection);
  }

  void addAll(List<Rejection> rejections) {
    pending.addAll(rejections);
  }

  void flush() throws SQLException {
    if (pending.isEmpty()) {
      return;
    }
    if (!created) {
      PgDdl.createIfMissing(
          connection,
          "CREATE TABLE IF NOT EXISTS "
              + qualified
              + " (rejected_at timestamptz NOT NULL DEFAULT now(), stream text, position bigint,"
              + " field text, reason text, raw text)");
      created = true;
    }
    try (PreparedStatement s =
        connection.prepareStatement(
            "INSERT INTO "
                + qualified
                + " (rejected_at, stream, position, field, reason, raw) VALUES (now(), ?, ?, ?, ?,"
                + " ?)")) {
      for (Rejection r : pending) {
        s.setString(1, r.stream());
        s.setLong(2, r.position());
        s.setString(3, r.field());
        s.setString(4, r.reason().replace("\0", ""));
        s.setString(5, r.raw().replace("\0", "\\u0000"));
        s.addBatch();
      }
      s.executeBatch();
    }
    pending.clear();
  }
}
