package io.dataaggregator.connector.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MySQL/MariaDB catalog: DatabaseMetaData ({@link MetaDataCatalog}, databases as catalogs),
 * with two corrections. MariaDB's JSON is a LONGTEXT with a {@code json_valid} check, reported as
 * LONGTEXT: such columns are made JSON again. Date and time columns are reported nullable whatever
 * their declaration, as zero dates read as NULL ({@link MysqlValues}).
 */
record MysqlCatalog(MetaDataCatalog meta, Connection connection) implements DbCatalog {
  private static final Pattern JSON_CHECK =
      Pattern.compile("json_valid\\(`((?:[^`]|``)+)`\\)", Pattern.CASE_INSENSITIVE);
  private static final Set<String> DATES = Set.of("DATE", "DATETIME", "TIMESTAMP");

  static MysqlCatalog of(Connection connection) {
    return new MysqlCatalog(
        new MetaDataCatalog(
            connection,
            MysqlDialect.INSTANCE,
            true,
            "SELECT TABLE_ROWS FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?"),
        connection);
  }

  @Override
  public List<DbColumn> columns(String namespace, String table) throws SQLException {
    List<DbColumn> columns = meta.columns(namespace, table);
    Set<String> json = columns.isEmpty() ? Set.of() : jsonChecked(namespace, table);
    return columns.stream()
        .map(c -> json.contains(c.name()) ? c.withType("JSON", "JSON") : c)
        .map(c -> DATES.contains(MysqlTypes.base(c)) ? c.withNullable(true) : c)
        .toList();
  }

  /** Columns with a {@code CHECK (json_valid(col))}; MariaDB only (MySQL's JSON is its own). */
  private Set<String> jsonChecked(String namespace, String table) throws SQLException {
    if (!connection.getMetaData().getDatabaseProductVersion().contains("MariaDB")) {
      return Set.of();
    }
    var out = new HashSet<String>();
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                + " WHERE CONSTRAINT_SCHEMA = ? AND TABLE_NAME = ?")) {
      s.setString(1, namespace);
      s.setString(2, table);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Matcher m = JSON_CHECK.matcher(r.getString(1).trim());
          if (m.matches()) {
            out.add(m.group(1).replace("``", "`"));
          }
        }
      }
    }
    return out;
  }

  @Override
  public boolean namespaceExists(String namespace) throws SQLException {
    return meta.namespaceExists(namespace);
  }

  @Override
  public List<String> tables(String namespace) throws SQLException {
    return meta.tables(namespace);
  }

  @Override
  public List<String> primaryKey(String namespace, String table) throws SQLException {
    return meta.primaryKey(namespace, table);
  }

  @Override
  public List<List<String>> uniqueKeys(String namespace, String table) throws SQLException {
    return meta.uniqueKeys(namespace, table);
  }

  @Override
  public long rowEstimate(String namespace, String table) throws SQLException {
    return meta.rowEstimate(namespace, table);
  }

  @Override
  public boolean hasPrivilege(String namespace, String table, String right) throws SQLException {
    return meta.hasPrivilege(namespace, table, right);
  }

  @Override
  public boolean mayCreateIn(String namespace) {
    return meta.mayCreateIn(namespace);
  }
}
