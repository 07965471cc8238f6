package io.dataaggregator.connector.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Questions to PostgreSQL's system catalog about tables, columns, keys and rights. */
final class PgCatalog implements DbCatalog {
  private static final String COLUMNS =
      """
      SELECT a.attname,
             CASE WHEN bn.nspname = 'pg_catalog' THEN bt.typname
                  ELSE bn.nspname || '.' || bt.typname END,
             CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END,
             format_type(a.atttypid, a.atttypmod), bt.typcategory, NOT a.attnotnull
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_type t ON t.oid = a.atttypid
      JOIN pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
      JOIN pg_namespace bn ON bn.oid = bt.typnamespace
      WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum\
      """;

  private static final String INDEX_COLUMNS =
      """
      SELECT i.indexrelid, i.indisprimary, a.attname
      FROM pg_index i
      JOIN pg_class c ON c.oid = i.indrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE n.nspname = ? AND c.relname = ? AND i.indisunique AND i.indpred IS NULL
      ORDER BY i.indexrelid, k.ord\
      """;

  private final Connection connection;

  PgCatalog(Connection connection) {
    this.connection = connection;
  }

  /** Tables, views and materialized views of {@code schema}, by name. */
  @Override
  public List<String> tables(String schema) throws SQLException {
    return strings(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE"
            + " n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND c.relname NOT LIKE"
            + " '%\\_\\_dagg\\_new' AND c.relname NOT LIKE '%\\_\\_dagg\\_old' AND c.relname <>"
            + " '_dagg_checkpoints' ORDER BY c.relname",
        schema);
  }

  @Override
  public List<DbColumn> columns(String schema, String table) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(COLUMNS)) {
      s.setString(1, schema);
      s.setString(2, table);
      var out = new ArrayList<DbColumn>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(
              new DbColumn(
                  r.getString(1),
                  r.getString(2),
                  r.getInt(3),
                  r.getString(4),
                  r.getString(5),
                  r.getBoolean(6)));
        }
      }
      return out;
    }
  }

  @Override
  public List<String> primaryKey(String schema, String table) throws SQLException {
    return uniqueKeys(schema, table, true).stream().findFirst().orElse(List.of());
  }

  /** Column lists of the primary key and unique indexes without predicate or expression. */
  @Override
  public List<List<String>> uniqueKeys(String schema, String table) throws SQLException {
    return uniqueKeys(schema, table, false);
  }

  private List<List<String>> uniqueKeys(String schema, String table, boolean primaryOnly)
      throws SQLException {
    Map<Long, List<String>> keys = new LinkedHashMap<>();
    try (PreparedStatement s = connection.prepareStatement(INDEX_COLUMNS)) {
      s.setString(1, schema);
      s.setString(2, table);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          if (!primaryOnly || r.getBoolean(2)) {
            keys.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(3));
          }
        }
      }
    }
    return List.copyOf(keys.values());
  }

  /** The planner's row estimate; from the table's size when it was never analyzed. */
  @Override
  public long rowEstimate(String schema, String table) throws SQLException {
    List<String> v =
        strings(
            "SELECT CASE WHEN c.reltuples >= 0 THEN c.reltuples::bigint"
                + " ELSE pg_relation_size(c.oid) / 64 END"
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relname = ?",
            schema,
            table);
    return v.isEmpty() ? 0 : Long.parseLong(v.get(0));
  }

  /** Whether the current user has {@code privilege} (SELECT, INSERT ...) on the table. */
  @Override
  public boolean hasPrivilege(String schema, String table, String privilege) throws SQLException {
    return "t"
        .equals(
            strings(
                    "SELECT has_table_privilege(format('%I.%I', ?, ?), ?)::text",
                    schema, table, privilege)
                .get(0)
                .substring(0, 1));
  }

  /** Whether the current user may create tables in {@code schema}; false if it does not exist. */
  @Override
  public boolean mayCreateIn(String schema) throws SQLException {
    List<String> v =
        strings(
            "SELECT has_schema_privilege(nspname, 'CREATE')::text"
                + " FROM pg_namespace WHERE nspname = ?",
            schema);
    return !v.isEmpty() && v.get(0).startsWith("t");
  }

  @Override
  public boolean namespaceExists(String schema) throws SQLException {
    return !strings("SELECT 1 FROM pg_namespace WHERE nspname = ?", schema).isEmpty();
  }

  List<String> strings(String sql, Object... args) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      var out = new ArrayList<String>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
      return out;
    }
  }
}
