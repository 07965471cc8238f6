package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ErrorCode;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.engine.type.TypeKind;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * MySQL and MariaDB through the MariaDB Connector/J: backquoted identifiers, the mapping of {@link
 * MysqlTypes}, {@code LOAD DATA LOCAL INFILE} streamed from memory (or multi-row INSERTs) for bulk
 * loads, a streamed result set for reads, {@code INSERT ... ON DUPLICATE KEY UPDATE} for upserts,
 * {@code RENAME TABLE} for the overwrite swap. DDL commits the open transaction here, which the
 * shared writer respects. Sessions run in time zone +00:00 and strict SQL mode.
 */
public final class MysqlDialect implements Dialect {
  public static final MysqlDialect INSTANCE = new MysqlDialect(MysqlConfig.BulkLoad.auto);

  /** For reference queries: its sessions do not even answer LOAD DATA LOCAL requests. */
  static final MysqlDialect QUERIES = new MysqlDialect(MysqlConfig.BulkLoad.insert);

  private static final Set<TypeKind> NUMBERS =
      EnumSet.of(TypeKind.INT, TypeKind.BIGINT, TypeKind.DECIMAL, TypeKind.DOUBLE);

  private final MysqlConfig.BulkLoad bulk;

  private MysqlDialect(MysqlConfig.BulkLoad bulk) {
    this.bulk = bulk;
  }

  /** The dialect that loads as {@code config} asks. */
  static MysqlDialect of(MysqlConfig config) {
    return config.bulkLoad() == MysqlConfig.BulkLoad.auto
        ? INSTANCE
        : new MysqlDialect(config.bulkLoad());
  }

  @Override
  public String product() {
    return "MySQL/MariaDB";
  }

  @Override
  public String namespaceWord() {
    return "database";
  }

  @Override
  public String quote(String identifier) {
    return '`' + identifier.replace("`", "``") + '`';
  }

  @Override
  public DataType toDataType(DbColumn column) {
    return MysqlTypes.toDataType(column);
  }

  @Override
  public String columnType(DataType type) {
    return MysqlTypes.columnType(type, false);
  }

  @Override
  public String createTable(String qualifiedTable, Schema schema, List<String> primaryKey) {
    return MysqlSql.createTable(qualifiedTable, schema, primaryKey);
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
    return MysqlSql.upsert(target, source, columns, key, order);
  }

  @Override
  public String stageTable(String namespace) {
    return table(namespace, "dagg_stage");
  }

  @Override
  public List<String> createStage(String stage, String target, List<String> columns, String order) {
    return MysqlSql.createStage(stage, target, columns, order);
  }

  /** DELETE, since TRUNCATE would commit the open transaction. */
  @Override
  public String clearStage(String stage) {
    return "DELETE FROM " + stage;
  }

  @Override
  public List<String> swap(String namespace, String fresh, String table, boolean tableExists) {
    return MysqlSql.swap(namespace, fresh, table, tableExists);
  }

  @Override
  public String createCheckpointTable(String qualifiedTable) {
    return MysqlSql.createCheckpointTable(qualifiedTable);
  }

  /** One statement: an update's gap lock on a missing key would deadlock concurrent writers. */
  @Override
  public String upsertCheckpoint(String qualifiedTable) {
    return MysqlSql.upsertCheckpoint(qualifiedTable);
  }

  @Override
  public String createQuarantineTable(String qualifiedTable) {
    return MysqlSql.createQuarantineTable(qualifiedTable);
  }

  @Override
  public String now() {
    return "CURRENT_TIMESTAMP(6)";
  }

  /** Geometries are read as WKT text, everything else as it is. */
  @Override
  public String selectList(List<DbColumn> columns) {
    return columns.stream()
        .map(
            c ->
                MysqlTypes.isGeometry(c)
                    ? "ST_AsText(" + quote(c.name()) + ") AS " + quote(c.name())
                    : quote(c.name()))
        .collect(Collectors.joining(", "));
  }

  /** Numbers stay numbers (a quoted one would compare as a double); the rest are strings. */
  @Override
  public String literal(String value, DbColumn column) {
    if (NUMBERS.contains(toDataType(column).kind())) {
      return new BigDecimal(value).toPlainString();
    }
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  @Override
  public String cursorText(Object value) {
    return MysqlValues.text(value);
  }

  /** MySQL sorts NULL first in ascending order already, and knows no NULLS FIRST. */
  @Override
  public String orderBy(String quotedColumn, boolean nullsFirst) {
    return " ORDER BY " + quotedColumn;
  }

  @Override
  public String dual() {
    return " FROM DUAL";
  }

  @Override
  public Connection connect(JdbcConfig config) throws SQLException {
    return MysqlSessions.connect(config, bulk != MysqlConfig.BulkLoad.insert);
  }

  @Override
  public DbCatalog catalog(Connection connection) {
    return MysqlCatalog.of(connection);
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  @Override
  public BulkLoad bulkLoad(
      Connection connection, String qualifiedTable, Schema schema, List<DbColumn> columns)
      throws SQLException {
    return MysqlSessions.bulkLoad(bulk, connection, qualifiedTable, schema);
  }

  @Override
  public RowStream rows(Connection connection, String select, List<DbColumn> columns)
      throws SQLException {
    return MysqlSessions.rows(this, connection, select, columns);
  }

  /**
   * Every transaction of the session read-only, starting with one opened here: MySQL and MariaDB
   * then refuse writes and DDL alike (DDL would otherwise commit and escape the rollback).
   */
  @Override
  public void readOnly(Connection connection) throws SQLException {
    connection.setReadOnly(true);
    try (Statement s = connection.createStatement()) {
      s.execute("SET SESSION TRANSACTION READ ONLY");
      s.execute("START TRANSACTION READ ONLY");
    }
  }

  /**
   * Described as the derived table it is read from, so that what the read would refuse (a second
   * statement, {@code INTO OUTFILE}) is refused here already, before anything runs.
   */
  @Override
  public List<DbColumn> describe(Connection connection, String query) throws SQLException {
    return QueryColumns.describe(connection, derived("*", query));
  }

  /** A derived table: MySQL allows neither a second statement nor {@code INTO} inside one. */
  @Override
  public String querySelect(String query, List<DbColumn> columns) {
    return derived(selectList(columns), query);
  }

  private static String derived(String selectList, String query) {
    // The line breaks keep a trailing -- comment of the query from swallowing the closing bracket.
    return "SELECT " + selectList + " FROM (\n" + query + "\n) AS dagg_query";
  }

  @Override
  public boolean isIntegerKey(DbColumn column) {
    TypeKind kind = toDataType(column).kind();
    return kind == TypeKind.INT
        || kind == TypeKind.BIGINT && !MysqlTypes.base(column).equals("BIT");
  }

  @Override
  public ConnectorException translate(SQLException e, String where, ErrorCode fallback) {
    return MysqlErrors.translate(e, where, fallback);
  }

  @Override
  public boolean isDataError(SQLException e) {
    return MysqlErrors.isDataError(e);
  }

  /** MySQL's CREATE TABLE IF NOT EXISTS never fails on a race; 1050 is "table exists". */
  @Override
  public boolean isDuplicateObject(SQLException e) {
    return e.getErrorCode() == 1050;
  }

  @Override
  public DataError describe(SQLException e) {
    return MysqlErrors.describe(e);
  }
}
