package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ErrorCode;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL: double-quoted identifiers, the mapping of {@link PgTypes}, COPY in text format for
 * bulk loads, COPY in binary format for reads, {@code INSERT ... ON CONFLICT} for upserts.
 */
public final class PostgresDialect implements Dialect {
  public static final PostgresDialect INSTANCE = new PostgresDialect();

  private PostgresDialect() {}

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
    var parts = new ArrayList<String>();
    for (Field f : schema.fields()) {
      parts.add(quote(f.name()) + " " + columnType(f.type()) + (f.nullable() ? "" : " NOT NULL"));
    }
    if (!primaryKey.isEmpty()) {
      parts.add("PRIMARY KEY (" + quoted(primaryKey) + ")");
    }
    return "CREATE TABLE " + qualifiedTable + " (" + String.join(", ", parts) + ")";
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
  public String upsert(
      String target, String source, List<String> columns, List<String> key, String order) {
    String cols = quoted(columns);
    String keys = quoted(key);
    List<String> others = columns.stream().filter(c -> !key.contains(c)).toList();
    String action =
        others.isEmpty()
            ? "DO NOTHING"
            : "DO UPDATE SET "
                + others.stream()
                    .map(c -> quote(c) + " = EXCLUDED." + quote(c))
                    .collect(Collectors.joining(", "));
    // DISTINCT ON keeps one row per key: ON CONFLICT may not touch a row twice in one statement.
    return "INSERT INTO "
        + target
        + " ("
        + cols
        + ") SELECT DISTINCT ON ("
        + keys
        + ") "
        + cols
        + " FROM "
        + source
        + " ORDER BY "
        + keys
        + ", "
        + quote(order)
        + " DESC"
        + " ON CONFLICT ("
        + keys
        + ") "
        + action;
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
  public ConnectorException translate(SQLException e, String where, ErrorCode fallback) {
    return PgErrors.translate(e, where, fallback);
  }

  private String quoted(List<String> names) {
    return names.stream().map(this::quote).collect(Collectors.joining(", "));
  }
}
