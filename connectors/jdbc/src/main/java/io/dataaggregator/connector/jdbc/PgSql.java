package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** PostgreSQL's DDL and DML text, for {@link PostgresDialect}. */
final class PgSql {
  private static final PostgresDialect D = PostgresDialect.INSTANCE;

  private PgSql() {}

  static String createTable(String qualifiedTable, Schema schema, List<String> primaryKey) {
    var parts = new ArrayList<String>();
    for (Field f : schema.fields()) {
      parts.add(
          D.quote(f.name()) + " " + D.columnType(f.type()) + (f.nullable() ? "" : " NOT NULL"));
    }
    if (!primaryKey.isEmpty()) {
      parts.add("PRIMARY KEY (" + quoted(primaryKey) + ")");
    }
    return "CREATE TABLE " + qualifiedTable + " (" + String.join(", ", parts) + ")";
  }

  static String upsert(
      String target, String source, List<String> columns, List<String> key, String order) {
    String cols = quoted(columns);
    String keys = quoted(key);
    List<String> others = columns.stream().filter(c -> !key.contains(c)).toList();
    String action =
        others.isEmpty()
            ? "DO NOTHING"
            : "DO UPDATE SET "
                + others.stream()
                    .map(c -> D.quote(c) + " = EXCLUDED." + D.quote(c))
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
        + D.quote(order)
        + " DESC"
        + " ON CONFLICT ("
        + keys
        + ") "
        + action;
  }

  static List<String> createStage(String stage, String target, List<String> columns, String order) {
    String local = stage.substring(stage.indexOf('.') + 1);
    return List.of(
        "DROP TABLE IF EXISTS " + stage,
        "CREATE TEMP TABLE "
            + local
            + " AS SELECT "
            + quoted(columns)
            + " FROM "
            + target
            + " WITH NO DATA",
        "ALTER TABLE "
            + stage
            + " ADD COLUMN "
            + D.quote(order)
            + " bigint GENERATED ALWAYS AS IDENTITY");
  }

  static String createCheckpointTable(String qualifiedTable) {
    return "CREATE TABLE IF NOT EXISTS "
        + qualifiedTable
        + " (pipeline text NOT NULL, stream text NOT NULL, checkpoint text NOT NULL,"
        + " updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (pipeline, stream))";
  }

  static String createQuarantineTable(String qualifiedTable) {
    return "CREATE TABLE IF NOT EXISTS "
        + qualifiedTable
        + " (rejected_at timestamptz NOT NULL DEFAULT now(), stream text, position bigint,"
        + " field text, reason text, raw text)";
  }

  static String quoted(List<String> names) {
    return names.stream().map(D::quote).collect(Collectors.joining(", "));
  }
}
