package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.CommonErrorCode;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link DbCatalog} through JDBC's {@link DatabaseMetaData}, for databases whose driver answers
 * it well (MySQL/MariaDB, SQL Server). Rights are probed with statements that touch no row, under a
 * savepoint, so every way a right can be held (roles, global or database grants) counts.
 *
 * @param namespaceIsCatalog whether the namespace is a JDBC catalog (MySQL's databases) rather than
 *     a schema of the connection's catalog
 * @param rowEstimateSql a query of one number taking the namespace and the table as parameters
 */
record MetaDataCatalog(
    Connection connection, Dialect dialect, boolean namespaceIsCatalog, String rowEstimateSql)
    implements DbCatalog {
  private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE", "VIEW");

  @Override
  public boolean namespaceExists(String namespace) throws SQLException {
    DatabaseMetaData md = connection.getMetaData();
    try (ResultSet r =
        namespaceIsCatalog
            ? md.getCatalogs()
            : md.getSchemas(connection.getCatalog(), escape(namespace))) {
      while (r.next()) {
        if (namespace.equals(r.getString(1))) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public List<String> tables(String namespace) throws SQLException {
    var out = new TreeMap<String, String>();
    try (ResultSet r =
        connection
            .getMetaData()
            .getTables(catalog(namespace), schemaPattern(namespace), "%", null)) {
      while (r.next()) {
        String name = r.getString("TABLE_NAME");
        if (inNamespace(r, namespace)
            && TABLE_TYPES.contains(r.getString("TABLE_TYPE"))
            && !DbCatalog.isOwnTable(name)) {
          out.put(name, name);
        }
      }
    }
    return List.copyOf(out.keySet());
  }

  @Override
  public List<DbColumn> columns(String namespace, String table) throws SQLException {
    var out = new ArrayList<DbColumn>();
    try (ResultSet r =
        connection
            .getMetaData()
            .getColumns(catalog(namespace), schemaPattern(namespace), escape(table), "%")) {
      while (r.next()) {
        if (inNamespace(r, namespace) && table.equals(r.getString("TABLE_NAME"))) {
          out.add(column(r));
        }
      }
    }
    return out;
  }

  private static DbColumn column(ResultSet r) throws SQLException {
    String type = r.getString("TYPE_NAME");
    int size = r.getInt("COLUMN_SIZE");
    int digits = r.getInt("DECIMAL_DIGITS");
    String display =
        switch (r.getInt("DATA_TYPE")) {
          case Types.DECIMAL, Types.NUMERIC -> type + "(" + size + "," + digits + ")";
          case Types.CHAR,
              Types.VARCHAR,
              Types.NCHAR,
              Types.NVARCHAR,
              Types.BINARY,
              Types.VARBINARY ->
              size > 0 && size < Integer.MAX_VALUE ? type + "(" + size + ")" : type;
          default -> type;
        };
    boolean nullable = !"NO".equals(r.getString("IS_NULLABLE"));
    return DbColumn.of(r.getString("COLUMN_NAME"), type, size, digits, display, nullable);
  }

  @Override
  public List<String> primaryKey(String namespace, String table) throws SQLException {
    var bySeq = new TreeMap<Short, String>();
    try (ResultSet r =
        connection.getMetaData().getPrimaryKeys(catalog(namespace), schema(namespace), table)) {
      while (r.next()) {
        bySeq.put(r.getShort("KEY_SEQ"), r.getString("COLUMN_NAME"));
      }
    }
    return List.copyOf(bySeq.values());
  }

  @Override
  public List<List<String>> uniqueKeys(String namespace, String table) throws SQLException {
    Map<String, TreeMap<Short, String>> indexes = new LinkedHashMap<>();
    try (ResultSet r =
        connection
            .getMetaData()
            .getIndexInfo(catalog(namespace), schema(namespace), table, true, true)) {
      while (r.next()) {
        String column = r.getString("COLUMN_NAME");
        if (column != null && r.getString("FILTER_CONDITION") == null && !r.getBoolean(4)) {
          indexes
              .computeIfAbsent(r.getString("INDEX_NAME"), k -> new TreeMap<>())
              .put(r.getShort("ORDINAL_POSITION"), column);
        }
      }
    }
    var out = new ArrayList<List<String>>();
    List<String> pk = primaryKey(namespace, table);
    if (!pk.isEmpty()) {
      out.add(pk);
    }
    indexes.values().forEach(columns -> out.add(List.copyOf(columns.values())));
    return out;
  }

  @Override
  public long rowEstimate(String namespace, String table) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(rowEstimateSql)) {
      s.setString(1, namespace);
      s.setString(2, table);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  @Override
  public boolean hasPrivilege(String namespace, String table, String right) throws SQLException {
    List<DbColumn> columns = columns(namespace, table);
    if (columns.isEmpty()) {
      return false;
    }
    String probe =
        dialect.privilegeProbe(
            right, dialect.table(namespace, table), columns.stream().map(DbColumn::name).toList());
    Savepoint savepoint = connection.setSavepoint();
    try (Statement s = connection.createStatement()) {
      s.execute(probe);
      return true;
    } catch (SQLException e) {
      if (dialect.translate(e, "", CommonErrorCode.READ_FAILED).errorCode()
          != CommonErrorCode.PERMISSION_DENIED) {
        throw e;
      }
      return false;
    } finally {
      connection.rollback(savepoint);
    }
  }

  @Override
  public boolean mayCreateIn(String namespace) {
    return true; // DatabaseMetaData cannot tell; creating the checkpoint table will
  }

  private String catalog(String namespace) throws SQLException {
    return namespaceIsCatalog ? namespace : connection.getCatalog();
  }

  private String schema(String namespace) {
    return namespaceIsCatalog ? null : namespace;
  }

  private String schemaPattern(String namespace) throws SQLException {
    return namespaceIsCatalog ? null : escape(namespace);
  }

  private boolean inNamespace(ResultSet r, String namespace) throws SQLException {
    return namespace.equals(r.getString(namespaceIsCatalog ? 1 : 2));
  }

  /** {@code name} as a metadata search pattern that matches only itself. */
  private String escape(String name) throws SQLException {
    String esc = connection.getMetaData().getSearchStringEscape();
    if (esc == null || esc.isEmpty()) {
      return name;
    }
    return name.replace(esc, esc + esc).replace("_", esc + "_").replace("%", esc + "%");
  }
}
