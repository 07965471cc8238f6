package io.dataaggregator.connector.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * Rows of {@code COPY (SELECT ...) TO STDOUT (FORMAT binary)}, decoded as they arrive. The server
 * sends each row as one message (the file header rides on the first one), so a row never spans two
 * messages. Binary avoids formatting on the server and parsing here, which makes this several times
 * cheaper than a ResultSet for wide scans.
 */
final class PgBinaryRows implements RowStream {
  private static final int HEADER = 11 + 4 + 4;

  private final CopyOut copy;
  private final PgBinaryValues.Decoder[] decoders;
  private final int width;
  private byte[] msg;
  private int pos;
  private boolean headerSeen;
  private boolean done;

  PgBinaryRows(Connection connection, String select, List<DbColumn> columns) throws SQLException {
    this.width = columns.size();
    this.decoders = new PgBinaryValues.Decoder[width];
    for (int i = 0; i < width; i++) {
      String type = columns.get(i).typeName();
      decoders[i] = PgBinaryValues.forType(PgTypes.BINARY.contains(type) ? type : "text", i);
    }
    String sql = "COPY (" + select + ") TO STDOUT (FORMAT binary)";
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql);
  }

  @Override
  public Object[] next() throws SQLException {
    while (!done && (msg == null || pos >= msg.length)) {
      msg = copy.readFromCopy();
      pos = 0;
      if (msg == null) {
        done = true;
      } else if (!headerSeen) {
        skipHeader();
      }
    }
    if (done) {
      return null;
    }
    int fields = (short) PgBinaryValues.int16(msg, pos);
    pos += 2;
    if (fields == -1) {
      pos = msg.length;
      return next();
    }
    if (fields != width) {
      throw new SQLException("COPY sent " + fields + " values in a row, expected " + width);
    }
    return decodeRow();
  }

  private Object[] decodeRow() throws BadValueException {
    Object[] row = new Object[width];
    BadValueException bad = null;
    for (int i = 0; i < width; i++) {
      int len = PgBinaryValues.int32(msg, pos);
      pos += 4;
      if (len >= 0) {
        try {
          row[i] = decoders[i].decode(msg, pos, len);
        } catch (BadValueException e) {
          bad = bad == null ? e : bad;
        }
        pos += len;
      }
    }
    if (bad != null) {
      throw bad.inRow(row); // the row is consumed; the caller rejects it and reads on
    }
    return row;
  }

  private void skipHeader() throws SQLException {
    if (msg.length < HEADER || msg[0] != 'P' || msg[1] != 'G') {
      throw new SQLException("COPY binary output does not start with the PGCOPY header");
    }
    int extension = PgBinaryValues.int32(msg, 15);
    pos = HEADER + extension;
    headerSeen = true;
  }

  @Override
  public void close() {
    if (copy.isActive()) {
      try {
        copy.cancelCopy();
      } catch (SQLException ignored) {
        // the connection is closed next anyway; nothing more to release
      }
    }
  }
}
