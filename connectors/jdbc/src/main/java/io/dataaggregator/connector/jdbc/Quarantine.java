package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.Rejection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The quarantine table {@code <table>__rejected(rejected_at, stream, position, field, reason,
 * raw)}, created on the first rejection. Rejections are held until {@link #flush} writes them in
 * the current transaction, so they become durable together with the rows of their batch.
 */
final class Quarantine {
  static final String SUFFIX = "__rejected";

  private final Dialect dialect;
  private final Connection connection;
  private final JdbcConfig config;
  private final String qualified;
  private final List<Rejection> pending = new ArrayList<>();
  private boolean created;

  Quarantine(Dialect dialect, Connection connection, JdbcConfig config, String table) {
    this.dialect = dialect;
    this.connection = connection;
    this.config = config;
    this.qualified = dialect.table(config.namespace(), table + SUFFIX);
  }

  void add(Rejection rejection) {
    pending.add(rejection);
  }

  void addAll(List<Rejection> rejections) {
    pending.addAll(rejections);
  }

  boolean hasPending() {
    return !pending.isEmpty();
  }

  void flush() throws SQLException {
    if (pending.isEmpty()) {
      return;
    }
    if (!created) {
      Ddl.createIfMissing(dialect, connection, config, dialect.createQuarantineTable(qualified));
      created = true;
    }
    String columns =
        Stream.of("stream", "position", "field", "reason", "raw")
            .map(dialect::quote)
            .collect(Collectors.joining(", "));
    try (PreparedStatement s =
        connection.prepareStatement(
            "INSERT INTO " + qualified + " (" + columns + ") VALUES (?, ?, ?, ?, ?)")) {
      for (Rejection r : pending) {
        s.setString(1, r.stream());
        s.setLong(2, r.position());
        s.setString(3, r.field());
        // PostgreSQL text cannot hold NUL; the raw input keeps it visible as an escape
        s.setString(4, r.reason().replace("\0", ""));
        s.setString(5, r.raw().replace("\0", "\\u0000"));
        s.addBatch();
      }
      s.executeBatch();
    }
    pending.clear();
  }
}
