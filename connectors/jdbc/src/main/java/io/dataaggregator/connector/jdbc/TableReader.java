package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.QueryReader;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads one query on one connection into batches of {@code batchRows} rows. For an incremental read
 * ({@code cursorIndex >= 0}, rows ordered by the cursor) a batch never ends between two rows with
 * the same cursor value, so the checkpoint, the last value returned, never cuts a group of equal
 * values in two. A full refresh has no position to resume from: its checkpoint is START.
 */
final class TableReader implements QueryReader {
  private final Dialect dialect;
  private final Connection connection;
  private final RowStream rows;
  private final Schema schema;
  private final String stream;
  private final int batchRows;
  private final int cursorIndex;
  private final String cursorName;
  private Checkpoint checkpoint;
  private Object[] pending;
  private BadValueException bad;
  private long position;
  private boolean exhausted;

  TableReader(
      Connection connection,
      RowStream rows,
      Schema schema,
      String stream,
      int batchRows,
      int cursorIndex,
      Checkpoint from,
      Dialect dialect) {
    this.dialect = dialect;
    this.connection = connection;
    this.rows = rows;
    this.schema = schema;
    this.stream = stream;
    this.batchRows = batchRows;
    this.cursorIndex = cursorIndex;
    this.cursorName = cursorIndex >= 0 ? schema.field(cursorIndex).name() : "";
    this.checkpoint = cursorIndex >= 0 ? from : Checkpoint.START;
  }

  @Override
  public Batch next() {
    var out = new ArrayList<Object[]>(Math.min(batchRows, 65_536));
    var rejections = new ArrayList<Rejection>();
    try {
      while (out.size() < batchRows || continuesGroup(out)) {
        Object[] row = take(rejections);
        if (row == null) {
          break;
        }
        out.add(row);
      }
    } catch (SQLException e) {
      throw dialect.translate(e, "reading " + stream, CommonErrorCode.READ_FAILED);
    }
    if (out.isEmpty() && rejections.isEmpty()) {
      return null;
    }
    advanceCheckpoint(out);
    return new Batch(schema, out, rejections);
  }

  /** Whether the next row has the same cursor value as the batch's last: it must come along. */
  private boolean continuesGroup(List<Object[]> out) throws SQLException {
    if (cursorIndex < 0 || out.isEmpty() || peek() == null) {
      return false;
    }
    Object last = out.get(out.size() - 1)[cursorIndex];
    return last != null && last.equals(pending[cursorIndex]);
  }

  private Object[] peek() throws SQLException {
    if (pending == null && !exhausted && bad == null) {
      position++;
      try {
        pending = rows.next();
        exhausted = pending == null;
      } catch (BadValueException e) {
        bad = e; // reported by take(), in order
      }
    }
    return pending;
  }

  private Object[] take(List<Rejection> rejections) throws SQLException {
    while (true) {
      if (bad != null) {
        String field = schema.field(bad.column()).name();
        rejections.add(
            new Rejection(
                stream,
                position,
                field,
                field + ": " + bad.getMessage(),
                RowJson.render(schema, bad.row())));
        bad = null;
      } else if (pending != null || exhausted) {
        Object[] row = pending;
        pending = null;
        return row;
      } else {
        peek();
      }
    }
  }

  private void advanceCheckpoint(List<Object[]> out) {
    if (cursorIndex < 0 || out.isEmpty()) {
      return;
    }
    Object last = out.get(out.size() - 1)[cursorIndex];
    if (last != null) {
      checkpoint = new CursorState(cursorName, dialect.cursorText(last)).toCheckpoint();
    }
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public Checkpoint checkpoint() {
    return checkpoint;
  }

  @Override
  public void close() {
    rows.close();
    JdbcConnections.closeQuietly(Objects.requireNonNull(connection));
  }
}
