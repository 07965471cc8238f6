package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ErrorCode;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * PostgreSQL: double-quoted identifiers, the mapping of {@link PgTypes}, COPY for bulk loads and
 * reads, {@code INSERT ... ON CONFLICT} for upserts, transactional DDL, and snapshots exported to
 * the readers of parallel key ranges.
 */
public final class PostgresDialect implements Dialect {
  public static final PostgresDialect INSTANCE = new PostgresDialect();

  private PostgresDialect() {}

  @Override
  public String product() {
    return "PostgreSQL";
  }

  @Override
  public String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  @Override
  public DataType toDataType(DbColumn column) {
    boolean builtin = !column.typeName().contains(".") && !"E".equals(column.category());
    return builtin ? PgTypes.toDataType(column.typeName(), column.typeModifier()) : DataType.STRING;
  }

  @Override
  public String columnType(DataType type) {
    return PgTypes.columnType(type);
  }

  @Override
  public String createTable(String qualifiedTable, Schema schema, List<String> primaryKey) {
    return PgSql.createTable(qualifiedTable, schema, primaryKey);
  }

  @Override
  public String addColumn(String qualifiedTable, Field field) {
    return "ALTER TABLE "
        + qualifiedTable
        + " ADD COLUMN "
        + quote(field.name())
        + " "
        + columnType(field.type());
  }

  @Override
  public String dropTable(String qualifiedTable) {
    return "DROP TABLE IF EXISTS " + qualifiedTable;
  }

  @Override
  public String upsert(
      String target, String source, List<String> columns, List<String> key, String order) {
    return PgSql.upsert(target, source, columns, key, order);
  }

  @Override
  public String stageTable(String namespace) {
    return "pg_temp.dagg_stage";
  }

  @Override
  public List<String> createStage(String stage, String target, List<String> columns, String order) {
    return PgSql.createStage(stage, target, columns, order);
  }

  @Override
  public String clearStage(String stage) {
    return "TRUNCATE " + stage;
  }

  @Override
  public List<String> swap(String namespace, String fresh, String table, boolean tableExists) {
    return List.of(
        dropTable(table(namespace, table)),
        "ALTER TABLE " + table(namespace, fresh) + " RENAME TO " + quote(table));
  }

  /** Also gives the new table's primary key the name PostgreSQL would have given it. */
  @Override
  public void swap(Connection connection, String namespace, String fresh, String table)
      throws SQLException {
    new PgSwap(connection, namespace).swap(fresh, table);
  }

  @Override
  public String createCheckpointTable(String qualifiedTable) {
    return PgSql.createCheckpointTable(qualifiedTable);
  }

  @Override
  public String createQuarantineTable(String qualifiedTable) {
    return PgSql.createQuarantineTable(qualifiedTable);
  }

  @Override
  public String now() {
    return "now()";
  }

  @Override
  public String selectList(List<DbColumn> columns) {
    return columns.stream()
        .map(
            c ->
                PgTypes.BINARY.contains(c.typeName()) && !"E".equals(c.category())
                    ? quote(c.name())
                    : quote(c.name()) + "::text")
        .collect(Collectors.joining(", "));
  }

  @Override
  public String literal(String value, DbColumn column) {
    return "CAST('" + value.replace("'", "''") + "' AS " + column.display() + ")";
  }

  @Override
  public String cursorText(Object value) {
    return CopyTextEncoder.pgText(value);
  }

  @Override
  public Connection connect(JdbcConfig config) throws SQLException {
    String url =
        "jdbc:postgresql://"
            + config.host()
            + ":"
            + config.port()
            + "/"
            + URLEncoder.encode(config.database(), StandardCharsets.UTF_8);
    var p = new Properties();
    p.setProperty("user", config.user());
    p.setProperty("password", config.password());
    p.setProperty("ApplicationName", "dataaggregator");
    p.setProperty("connectTimeout", "15");
    p.setProperty("tcpKeepAlive", "true");
    p.putAll(config.driverOptions());
    return DriverManager.getConnection(url, p);
  }

  @Override
  public DbCatalog catalog(Connection connection) {
    return new PgCatalog(connection);
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  @Override
  public BulkLoad bulkLoad(
      Connection connection, String qualifiedTable, Schema schema, List<DbColumn> columns)
      throws SQLException {
    return new PgCopyLoad(connection, qualifiedTable, schema, columns);
  }

  @Override
  public RowStream rows(Connection connection, String select, List<DbColumn> columns)
      throws SQLException {
    return new PgBinaryRows(connection, select, columns);
  }

  /** The driver's flag is a hint its settings may turn off; READ ONLY on the transaction is not. */
  @Override
  public void readOnly(Connection connection) throws SQLException {
    connection.setReadOnly(true);
    try (Statement s = connection.createStatement()) {
      s.execute("SET TRANSACTION READ ONLY");
    }
  }

  /**
   * The driver reports base type names ({@code int4}, {@code numeric}); a numeric's precision and
   * scale go back into the type modifier {@link PgTypes} reads them from.
   */
  @Override
  public List<DbColumn> describe(Connection connection, String query) throws SQLException {
    return QueryColumns.describe(connection, query).stream()
        .map(
            c ->
                c.typeName().equals("numeric") && c.precision() > 0
                    ? new DbColumn(
                        c.name(),
                        c.typeName(),
                        ((c.precision() << 16) | c.scale()) + 4,
                        c.display(),
                        "",
                        c.nullable(),
                        c.precision(),
                        c.scale())
                    : c)
        .toList();
  }

  /** Types COPY cannot send in binary are cast to text, as for tables. */
  @Override
  public String querySelect(String query, List<DbColumn> columns) {
    // The line breaks keep a trailing -- comment of the query from swallowing the closing bracket.
    return "SELECT " + selectList(columns) + " FROM (\n" + query + "\n) AS dagg_query";
  }

  @Override
  public boolean isIntegerKey(DbColumn column) {
    return List.of("int2", "int4", "int8").contains(column.typeName());
  }

  /** A fresh repeatable-read transaction exports the snapshot every range then reads. */
  @Override
  public String shareSnapshot(Connection coordinator) throws SQLException {
    coordinator.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    return new PgCatalog(coordinator).strings("SELECT pg_export_snapshot()").get(0);
  }

  @Override
  public void joinSnapshot(Connection reader, String token) throws SQLException {
    reader.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    try (Statement s = reader.createStatement()) {
      s.execute("SET TRANSACTION SNAPSHOT '" + token.replace("'", "''") + "'");
    }
  }

  @Override
  public ConnectorException translate(SQLException e, String where, ErrorCode fallback) {
    return PgErrors.translate(e, where, fallback);
  }

  @Override
  public boolean isDataError(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("22") || state.startsWith("23"));
  }

  @Override
  public boolean isDuplicateObject(SQLException e) {
    // 42P07 relation exists; 42710 its row type exists (the other creator committed first);
    // 23505 both inserted into the catalog at once.
    return switch (String.valueOf(e.getSQLState())) {
      case "42P07", "42710", "23505" -> true;
      default -> false;
    };
  }

  @Override
  public DataError describe(SQLException e) {
    return PgErrors.describe(e);
  }
}
