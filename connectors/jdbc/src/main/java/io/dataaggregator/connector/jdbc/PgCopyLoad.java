package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A bulk load through {@code COPY table (columns) FROM STDIN}, streamed in buffers of about 256
 * KiB: memory stays flat whatever the number of rows. Text format in general, binary where the
 * columns have exactly our types (the server skips parsing then).
 */
final class PgCopyLoad implements BulkLoad {
  private static final int FLUSH_AT = 256 * 1024;

  private final CopyIn copy;
  private final CopyEncoder encoder;
  private final boolean binary;

  /**
   * @param columns the table's columns in the order of {@code schema}; binary when they fit exactly
   *     ({@link CopyBinaryEncoder#fits}), text otherwise
   */
  PgCopyLoad(Connection connection, String qualifiedTable, Schema schema, List<DbColumn> columns)
      throws SQLException {
    binary = CopyBinaryEncoder.fits(schema, columns);
    encoder = binary ? new CopyBinaryEncoder(schema, columns) : new CopyTextEncoder(FLUSH_AT);
    String names =
        schema.names().stream()
            .map(PostgresDialect.INSTANCE::quote)
            .collect(Collectors.joining(", "));
    String sql =
        "COPY "
            + qualifiedTable
            + " ("
            + names
            + ") FROM STDIN"
            + (binary ? " (FORMAT binary)" : "");
    copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    if (binary) {
      copy.writeToCopy(CopyBinaryEncoder.HEADER, 0, CopyBinaryEncoder.HEADER.length);
    }
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
    if (binary) {
      copy.writeToCopy(CopyBinaryEncoder.TRAILER, 0, CopyBinaryEncoder.TRAILER.length);
    }
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
