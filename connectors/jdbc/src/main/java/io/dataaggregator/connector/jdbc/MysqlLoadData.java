package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.Schema;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A bulk load through {@code LOAD DATA LOCAL INFILE}, fed from memory with the MariaDB driver's
 * {@code setLocalInfileInputStream}: rows are encoded into a buffer that is sent as one statement
 * whenever it passes {@link #CHUNK} bytes, so memory stays flat whatever the number of rows.
 *
 * <p>With LOCAL the server cannot stop the transfer midway, so even in strict mode it turns bad
 * values into warnings (truncating them, or zeroing a date) and skips duplicate keys. Every chunk's
 * warnings are therefore read back: any warning, or fewer rows loaded than sent, fails the load as
 * a data error, and the writer's {@link RowRecovery} finds and quarantines the rows at fault.
 */
final class MysqlLoadData implements BulkLoad {
  static final int CHUNK = 4 << 20;

  private final Statement statement;
  private final MysqlTextEncoder encoder;
  private final String sql;
  private int rowsInChunk;
  private long loaded;

  MysqlLoadData(Connection connection, String qualifiedTable, Schema schema) throws SQLException {
    this.encoder = new MysqlTextEncoder(schema, 64 * 1024);
    this.sql = statement(qualifiedTable, schema, encoder);
    this.statement = connection.createStatement();
  }

  static String statement(String qualifiedTable, Schema schema, MysqlTextEncoder encoder) {
    var targets = new ArrayList<String>();
    var sets = new ArrayList<String>();
    for (int i = 0; i < schema.size(); i++) {
      String column = MysqlDialect.INSTANCE.quote(schema.field(i).name());
      if (encoder.isHex(i)) {
        targets.add("@dagg_" + i);
        sets.add(column + " = UNHEX(@dagg_" + i + ")");
      } else {
        targets.add(column);
      }
    }
    return "LOAD DATA LOCAL INFILE 'dagg.tsv' INTO TABLE "
        + qualifiedTable
        + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
        + " LINES TERMINATED BY '\\n' ("
        + String.join(", ", targets)
        + ")"
        + (sets.isEmpty() ? "" : " SET " + String.join(", ", sets));
  }

  @Override
  public void add(Object[] row) throws SQLException {
    encoder.row(row);
    rowsInChunk++;
    if (encoder.length() >= CHUNK) {
      flush();
    }
  }

  @Override
  public long finish() throws SQLException {
    flush();
    return loaded;
  }

  @Override
  public void abort() {
    try {
      statement.close();
    } catch (SQLException ignored) {
      // the load failed already; the caller rolls back
    }
  }

  private void flush() throws SQLException {
    if (rowsInChunk == 0) {
      return;
    }
    statement
        .unwrap(org.mariadb.jdbc.Statement.class)
        .setLocalInfileInputStream(new ByteArrayInputStream(encoder.buffer(), 0, encoder.length()));
    long n = statement.executeLargeUpdate(sql);
    List<String[]> warnings = statement.getWarnings() == null ? List.of() : warnings();
    if (!warnings.isEmpty() || n != rowsInChunk) {
      throw failure(warnings, n);
    }
    loaded += n;
    rowsInChunk = 0;
    encoder.reset();
  }

  /** Warnings and errors of the last statement, without notes (rounding a decimal is a note). */
  private List<String[]> warnings() throws SQLException {
    var out = new ArrayList<String[]>();
    try (ResultSet r = statement.executeQuery("SHOW WARNINGS")) {
      while (r.next()) {
        if (!"Note".equalsIgnoreCase(r.getString(1))) {
          out.add(new String[] {r.getString(2), r.getString(3)});
        }
      }
    }
    return out;
  }

  private SQLException failure(List<String[]> warnings, long n) {
    if (warnings.isEmpty()) {
      return new SQLException(
          "only " + n + " of " + rowsInChunk + " rows were loaded (a duplicate key?)", "23000", 0);
    }
    String[] first = warnings.get(0);
    return new SQLException(first[1], "22000", Integer.parseInt(first[0]));
  }
}
