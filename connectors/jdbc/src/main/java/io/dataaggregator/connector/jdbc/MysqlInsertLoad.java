package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Schema;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A bulk load through multi-row {@code INSERT ... VALUES (...), (...)} statements of up to {@link
 * #ROWS} rows, for servers or drivers where {@code LOAD DATA LOCAL} is not allowed. The session's
 * strict SQL mode makes a bad value fail its statement, which the writer's {@link RowRecovery}
 * narrows down to the row. Dates and times are bound as text, so the driver's time zone never
 * shifts them.
 */
final class MysqlInsertLoad implements BulkLoad {
  static final int ROWS = 1000;
  private static final int MAX_PARAMETERS = 65_535;

  private final Connection connection;
  private final String head;
  private final int width;
  private final int perStatement;
  private final List<Object[]> pending = new ArrayList<>();
  private PreparedStatement full;
  private long loaded;

  MysqlInsertLoad(Connection connection, String qualifiedTable, Schema schema) {
    this.connection = connection;
    this.width = schema.size();
    this.perStatement = Math.max(1, Math.min(ROWS, MAX_PARAMETERS / Math.max(1, width)));
    this.head =
        "INSERT INTO "
            + qualifiedTable
            + " ("
            + schema.names().stream()
                .map(MysqlDialect.INSTANCE::quote)
                .collect(Collectors.joining(", "))
            + ") VALUES ";
  }

  @Override
  public void add(Object[] row) throws SQLException {
    for (int i = 0; i < row.length; i++) {
      MysqlValues.check(row[i], i);
    }
    pending.add(row);
    if (pending.size() == perStatement) {
      if (full == null) {
        full = connection.prepareStatement(sql(perStatement));
      }
      execute(full);
    }
  }

  @Override
  public long finish() throws SQLException {
    if (!pending.isEmpty()) {
      try (PreparedStatement s = connection.prepareStatement(sql(pending.size()))) {
        execute(s);
      }
    }
    abort();
    return loaded;
  }

  @Override
  public void abort() {
    if (full != null) {
      try {
        full.close();
      } catch (SQLException ignored) {
        // the load is over either way
      }
      full = null;
    }
  }

  private String sql(int rows) {
    String one = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
    return head + String.join(", ", Collections.nCopies(rows, one));
  }

  private void execute(PreparedStatement s) throws SQLException {
    int p = 1;
    for (Object[] row : pending) {
      for (Object v : row) {
        bind(s, p++, v);
      }
    }
    loaded += s.executeLargeUpdate();
    pending.clear();
  }

  private static void bind(PreparedStatement s, int p, Object v) throws SQLException {
    switch (v) {
      case null -> s.setObject(p, null);
      case Boolean b -> s.setBoolean(p, b);
      case Integer i -> s.setInt(p, i);
      case Long l -> s.setLong(p, l);
      case BigDecimal d -> s.setBigDecimal(p, d);
      case Double d -> s.setDouble(p, d);
      case String str -> s.setString(p, str);
      case byte[] b -> s.setBytes(p, b);
      case JsonText j -> s.setString(p, j.json());
      default -> s.setString(p, MysqlValues.text(v));
    }
  }
}
