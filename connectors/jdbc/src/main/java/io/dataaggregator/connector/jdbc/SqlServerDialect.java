package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ErrorCode;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.engine.type.TypeKind;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SQL Server through Microsoft's JDBC driver: bracketed identifiers, the mapping of {@link
 * SqlServerTypes}, the driver's bulk copy for loads, a streamed result set for reads, MERGE for
 * upserts, {@code sp_rename} for the overwrite swap, transactional DDL. No SQL Server runs where
 * this was built: the statements are tested as text, not against a server.
 */
public final class SqlServerDialect implements Dialect {
  public static final SqlServerDialect INSTANCE = new SqlServerDialect();

  private static final Set<TypeKind> NUMBERS =
      EnumSet.of(TypeKind.INT, TypeKind.BIGINT, TypeKind.DECIMAL, TypeKind.DOUBLE);
  private static final Set<String> INTEGER_KEYS = Set.of("tinyint", "smallint", "int", "bigint");
  private static final int FETCH_ROWS = 4096;

  private SqlServerDialect() {}

  @Override
  public String product() {
    return "SQL Server";
  }

  @Override
  public String quote(String identifier) {
    return '[' + identifier.replace("]", "]]") + ']';
  }

  @Override
  public DataType toDataType(DbColumn column) {
    return SqlServerTypes.toDataType(column);
  }

  @Override
  public String columnType(DataType type) {
    return SqlServerTypes.columnType(type, false);
  }

  @Override
  public String createTable(String qualifiedTable, Schema schema, List<String> primaryKey) {
    return SqlServerSql.createTable(qualifiedTable, schema, primaryKey);
  }

  @Override
  public String addColumn(String qualifiedTable, Field field) {
    return "ALTER TABLE "
        + qualifiedTable
        + " ADD "
        + quote(field.name())
        + " "
        + columnType(field.type())
        + " NULL";
  }

  @Override
  public String dropTable(String qualifiedTable) {
    return "DROP TABLE IF EXISTS " + qualifiedTable;
  }

  @Override
  public String upsert(
      String target, String source, List<String> columns, List<String> key, String order) {
    return SqlServerSql.upsert(target, source, columns, key, order);
  }

  /** A session-private #temp table; it lives in tempdb, whatever the namespace. */
  @Override
  public String stageTable(String namespace) {
    return "#dagg_stage";
  }

  @Override
  public List<String> createStage(String stage, String target, List<String> columns, String order) {
    return SqlServerSql.createStage(stage, target, columns, order);
  }

  @Override
  public String clearStage(String stage) {
    return "TRUNCATE TABLE " + stage;
  }

  @Override
  public List<String> swap(String namespace, String fresh, String table, boolean tableExists) {
    return SqlServerSql.swap(namespace, fresh, table, tableExists);
  }

  @Override
  public String createCheckpointTable(String qualifiedTable) {
    return SqlServerSql.createCheckpointTable(qualifiedTable);
  }

  @Override
  public String createQuarantineTable(String qualifiedTable) {
    return SqlServerSql.createQuarantineTable(qualifiedTable);
  }

  @Override
  public String now() {
    return "SYSDATETIMEOFFSET()";
  }

  /** CLR types (geography, geometry, hierarchyid) are read through their ToString(). */
  @Override
  public String selectList(List<DbColumn> columns) {
    return columns.stream()
        .map(
            c ->
                SqlServerTypes.CLR_TYPES.contains(SqlServerTypes.base(c))
                    ? quote(c.name()) + ".ToString() AS " + quote(c.name())
                    : quote(c.name()))
        .collect(Collectors.joining(", "));
  }

  /** Numbers stay numbers; everything else is cast from its text to the column's own type. */
  @Override
  public String literal(String value, DbColumn column) {
    if (NUMBERS.contains(toDataType(column).kind())) {
      return new BigDecimal(value).toPlainString();
    }
    return "CAST(" + SqlServerSql.unicode(value) + " AS " + SqlServerTypes.base(column) + ")";
  }

  @Override
  public String cursorText(Object value) {
    return SqlServerValues.text(value);
  }

  /** SQL Server sorts NULL first in ascending order already, and knows no NULLS FIRST. */
  @Override
  public String orderBy(String quotedColumn, boolean nullsFirst) {
    return " ORDER BY " + quotedColumn;
  }

  @Override
  public Connection connect(JdbcConfig config) throws SQLException {
    String url = "jdbc:sqlserver://" + config.host() + ":" + config.port();
    var p = new Properties();
    p.setProperty("databaseName", config.database());
    p.setProperty("user", config.user());
    p.setProperty("password", config.password());
    p.setProperty("applicationName", "dataaggregator");
    p.setProperty("loginTimeout", "15");
    p.setProperty("sendTimeAsDatetime", "false");
    p.putAll(config.driverOptions());
    return DriverManager.getConnection(url, p);
  }

  @Override
  public DbCatalog catalog(Connection connection) {
    return new MetaDataCatalog(
        connection,
        this,
        false,
        "SELECT SUM(p.rows) FROM sys.partitions p"
            + " WHERE p.object_id = OBJECT_ID(QUOTENAME(?) + '.' + QUOTENAME(?))"
            + " AND p.index_id IN (0, 1)");
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  @Override
  public BulkLoad bulkLoad(
      Connection connection, String qualifiedTable, Schema schema, List<DbColumn> columns) {
    return new SqlServerBulkLoad(connection, qualifiedTable, schema, columns);
  }

  @Override
  public RowStream rows(Connection connection, String select, List<DbColumn> columns)
      throws SQLException {
    var readers = columns.stream().map(c -> SqlServerValues.reader(toDataType(c))).toList();
    return new ResultSetRows(connection, select, readers, FETCH_ROWS);
  }

  @Override
  public boolean isIntegerKey(DbColumn column) {
    return INTEGER_KEYS.contains(SqlServerTypes.base(column));
  }

  @Override
  public ConnectorException translate(SQLException e, String where, ErrorCode fallback) {
    return SqlServerErrors.translate(e, where, fallback);
  }

  @Override
  public boolean isDataError(SQLException e) {
    return SqlServerErrors.isDataError(e);
  }

  /** 2714: "There is already an object named ..." (the loser of two IF OBJECT_ID ... CREATE). */
  @Override
  public boolean isDuplicateObject(SQLException e) {
    return e.getErrorCode() == 2714;
  }

  @Override
  public DataError describe(SQLException e) {
    return SqlServerErrors.describe(e);
  }
}
