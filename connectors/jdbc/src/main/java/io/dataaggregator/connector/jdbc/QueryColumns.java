package io.dataaggregator.connector.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** The columns of a query as {@link ResultSetMetaData} describes them, before any row is read. */
final class QueryColumns {
  private QueryColumns() {}

  static List<DbColumn> describe(Connection connection, String query) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(query)) {
      ResultSetMetaData meta = s.getMetaData();
      if (meta == null || meta.getColumnCount() == 0) {
        throw new SQLException("the query returns no columns; write a SELECT", "42000");
      }
      var out = new ArrayList<DbColumn>(meta.getColumnCount());
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        String name = meta.getColumnLabel(i);
        String type = meta.getColumnTypeName(i);
        int precision = meta.getPrecision(i);
        int scale = Math.max(meta.getScale(i), 0);
        String display =
            switch (meta.getColumnType(i)) {
              case Types.DECIMAL, Types.NUMERIC -> type + "(" + precision + "," + scale + ")";
              default -> type;
            };
        boolean nullable = meta.isNullable(i) != ResultSetMetaData.columnNoNulls;
        out.add(DbColumn.of(name, type, precision, scale, display, nullable));
      }
      return out;
    }
  }
}
