package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** SQL Server's DDL and DML text (T-SQL), for {@link SqlServerDialect}. */
final class SqlServerSql {
  private static final SqlServerDialect D = SqlServerDialect.INSTANCE;

  private SqlServerSql() {}

  static String createTable(String qualifiedTable, Schema schema, List<String> primaryKey) {
    var parts = new ArrayList<String>();
    for (Field f : schema.fields()) {
      parts.add(
          D.quote(f.name())
              + " "
              + SqlServerTypes.columnType(f.type(), primaryKey.contains(f.name()))
              + (f.nullable() && !primaryKey.contains(f.name()) ? " NULL" : " NOT NULL"));
    }
    if (!primaryKey.isEmpty()) {
      parts.add("PRIMARY KEY (" + quoted(primaryKey) + ")");
    }
    return "CREATE TABLE " + qualifiedTable + " (" + String.join(", ", parts) + ")";
  }

  /**
   * MERGE from the stage, the last row of each key picked with ROW_NUMBER (MERGE may not touch a
   * target row twice). HOLDLOCK keeps the key range locked between the match and the insert, so
   * concurrent upserts of one key cannot both insert it.
   */
  static String upsert(
      String target, String source, List<String> columns, List<String> key, String order) {
    String cols = quoted(columns);
    List<String> others = columns.stream().filter(c -> !key.contains(c)).toList();
    String on =
        key.stream()
            .map(k -> "t." + D.quote(k) + " = s." + D.quote(k))
            .collect(Collectors.joining(" AND "));
    String update =
        others.isEmpty()
            ? ""
            : " WHEN MATCHED THEN UPDATE SET "
                + others.stream()
                    .map(c -> "t." + D.quote(c) + " = s." + D.quote(c))
                    .collect(Collectors.joining(", "));
    return "MERGE INTO "
        + target
        + " WITH (HOLDLOCK) AS t USING (SELECT "
        + cols
        + " FROM (SELECT "
        + cols
        + ", ROW_NUMBER() OVER (PARTITION BY "
        + quoted(key)
        + " ORDER BY "
        + D.quote(order)
        + " DESC) AS [__dagg_rn] FROM "
        + source
        + ") AS r WHERE [__dagg_rn] = 1) AS s ON "
        + on
        + update
        + " WHEN NOT MATCHED THEN INSERT ("
        + cols
        + ") VALUES ("
        + columns.stream().map(c -> "s." + D.quote(c)).collect(Collectors.joining(", "))
        + ");";
  }

  /**
   * A #temp table with the target's column types: SELECT INTO from a UNION of two empty selects,
   * since a plain SELECT INTO would copy an IDENTITY column and a table holds only one.
   */
  static List<String> createStage(String stage, String target, List<String> columns, String order) {
    String cols = quoted(columns);
    return List.of(
        "DROP TABLE IF EXISTS " + stage,
        "SELECT "
            + cols
            + " INTO "
            + stage
            + " FROM (SELECT TOP 0 "
            + cols
            + " FROM "
            + target
            + " UNION ALL SELECT TOP 0 "
            + cols
            + " FROM "
            + target
            + ") AS e",
        "ALTER TABLE " + stage + " ADD " + D.quote(order) + " bigint IDENTITY(1,1) NOT NULL");
  }

  /** Within the transaction: readers wait on the schema lock and then see the new table whole. */
  static List<String> swap(String namespace, String fresh, String table, boolean tableExists) {
    String rename =
        "EXEC sp_rename "
            + unicode(D.table(namespace, fresh))
            + ", "
            + unicode(table)
            + ", N'OBJECT'";
    return tableExists
        ? List.of("DROP TABLE " + D.table(namespace, table), rename)
        : List.of(rename);
  }

  static String createCheckpointTable(String qualifiedTable) {
    return ifMissing(qualifiedTable)
        + "CREATE TABLE "
        + qualifiedTable
        + " ([pipeline] nvarchar(200) NOT NULL, [stream] nvarchar(200) NOT NULL,"
        + " [checkpoint] nvarchar(max) NOT NULL,"
        + " [updated_at] datetimeoffset(7) NOT NULL DEFAULT SYSDATETIMEOFFSET(),"
        + " PRIMARY KEY ([pipeline], [stream]))";
  }

  static String createQuarantineTable(String qualifiedTable) {
    return ifMissing(qualifiedTable)
        + "CREATE TABLE "
        + qualifiedTable
        + " ([rejected_at] datetimeoffset(7) NOT NULL DEFAULT SYSDATETIMEOFFSET(),"
        + " [stream] nvarchar(400), [position] bigint, [field] nvarchar(400),"
        + " [reason] nvarchar(max), [raw] nvarchar(max))";
  }

  private static String ifMissing(String qualifiedTable) {
    return "IF OBJECT_ID(" + unicode(qualifiedTable) + ", N'U') IS NULL ";
  }

  /** {@code text} as an N'...' literal. */
  static String unicode(String text) {
    return "N'" + text.replace("'", "''") + "'";
  }

  static String quoted(List<String> names) {
    return names.stream().map(D::quote).collect(Collectors.joining(", "));
  }
}
