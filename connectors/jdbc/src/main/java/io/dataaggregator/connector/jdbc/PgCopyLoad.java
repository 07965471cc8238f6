package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A bulk load through {@code COPY table (columns) FROM STDIN} in text format, streamed in buffers
 * of about 256 KiB: memory stays flat whatever the number of rows.
 */
final class PgCopyLoad implements BulkLoad {
  private static final int FLUSH_AT = 256 * 1024;

  private final CopyIn copy;
  private final CopyTextEncoder encoder = new CopyTextEncoder(FLUSH_AT + 64 * 1024);

  PgCopyLoad(Connection connection, String qualifiedTable, Schema schema, PostgresDialect dialect)
      throws SQLException {
    String columns =
        schema.names().stream().map(dialect::quote).collect(Collectors.joining(", "));
    String sql = "COPY " + qualifiedTable + " (" + columns + ") FROM STDIN";
    copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
  }

  @Override
  public void add(Object[] row) throws SQLException {
    encoder.row(row);
    if (encoder.length() >= FLUSH_AT) {
      flush();
    }
  }

  @Override
  public long finish() throws SQLException {
    flush();
    return copy.endCopy();
  }

  @Override
  public void abort() {
    if (copy.isActive()) {
      try {
        copy.cancelCopy();
      } catch (SQLException ignored) {
        // the load failed already; the caller rolls back, which is all that is left to do
      }
    }
  }

  private void flush() throws SQLException {
    if (encoder.length() > 0) {
      copy.writeToCopy(encoder.buffer(), 0, encoder.length());
      encoder.reset();
    }
  }
}
