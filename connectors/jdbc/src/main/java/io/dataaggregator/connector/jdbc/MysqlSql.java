package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** MySQL/MariaDB DDL and DML text, for {@link MysqlDialect}. */
final class MysqlSql {
  /** Created tables: transactional, utf8mb4, and a binary collation so keys stay case-exact. */
  static final String TABLE_OPTIONS = " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";

  private static final MysqlDialect D = MysqlDialect.INSTANCE;

  private MysqlSql() {}

  static String createTable(String qualifiedTable, Schema schema, List<String> primaryKey) {
    var parts = new ArrayList<String>();
    for (Field f : schema.fields()) {
      String type = MysqlTypes.columnType(f.type(), primaryKey.contains(f.name()));
      boolean notNull = !f.nullable() && !type.endsWith(" NULL");
      parts.add(D.quote(f.name()) + " " + type + (notNull ? " NOT NULL" : ""));
    }
    if (!primaryKey.isEmpty()) {
      parts.add("PRIMARY KEY (" + quoted(primaryKey) + ")");
    }
    return "CREATE TABLE " + qualifiedTable + " (" + String.join(", ", parts) + ")" + TABLE_OPTIONS;
  }

  /**
   * {@code INSERT ... SELECT ... ON DUPLICATE KEY UPDATE} from the stage, the last row of each key
   * picked with ROW_NUMBER (a temporary table may appear only once in a MySQL statement). The new
   * values are referred to through the derived table, which both MySQL 8 and MariaDB accept (the
   * {@code VALUES()} function is deprecated in MySQL and the row alias unknown to MariaDB).
   */
  static String upsert(
      String target, String source, List<String> columns, List<String> key, String order) {
    String cols = quoted(columns);
    List<String> others = columns.stream().filter(c -> !key.contains(c)).toList();
    List<String> updated = others.isEmpty() ? key.subList(0, 1) : others;
    return "INSERT INTO "
        + target
        + " ("
        + cols
        + ") SELECT "
        + cols
        + " FROM (SELECT "
        + cols
        + " FROM (SELECT "
        + cols
        + ", ROW_NUMBER() OVER (PARTITION BY "
        + quoted(key)
        + " ORDER BY "
        + D.quote(order)
        + " DESC) AS `__dagg_rn` FROM "
        + source
        + ") AS `dagg_ranked` WHERE `__dagg_rn` = 1) AS `dagg_new`"
        + " ON DUPLICATE KEY UPDATE "
        + updated.stream()
            .map(c -> D.quote(c) + " = `dagg_new`." + D.quote(c))
            .collect(Collectors.joining(", "));
  }

  /**
   * A TEMPORARY InnoDB table: creating and dropping one does not commit the open transaction, and
   * InnoDB rolls its rows back with the savepoints of {@link RowRecovery}. The order column is
   * declared in the same statement since ALTER TABLE would commit.
   */
  static List<String> createStage(String stage, String target, List<String> columns, String order) {
    return List.of(
        "DROP TEMPORARY TABLE IF EXISTS " + stage,
        "CREATE TEMPORARY TABLE "
            + stage
            + " ("
            + D.quote(order)
            + " BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB SELECT "
            + quoted(columns)
            + " FROM "
            + target
            + " WHERE 1 = 0");
  }

  /** RENAME TABLE swaps both names in one atomic step; readers see the old or the new table. */
  static List<String> swap(String namespace, String fresh, String table, boolean tableExists) {
    String t = D.table(namespace, table);
    String f = D.table(namespace, fresh);
    if (!tableExists) {
      return List.of("RENAME TABLE " + f + " TO " + t);
    }
    String old = D.table(namespace, table + TableWriter.OLD_SUFFIX);
    return List.of(
        "DROP TABLE IF EXISTS " + old,
        "RENAME TABLE " + t + " TO " + old + ", " + f + " TO " + t,
        "DROP TABLE " + old);
  }

  static String createCheckpointTable(String qualifiedTable) {
    return "CREATE TABLE IF NOT EXISTS "
        + qualifiedTable
        + " (`pipeline` VARCHAR(255) NOT NULL, `stream` VARCHAR(255) NOT NULL,"
        + " `checkpoint` LONGTEXT NOT NULL, `updated_at` TIMESTAMP(6) NULL,"
        + " PRIMARY KEY (`pipeline`, `stream`))"
        + TABLE_OPTIONS;
  }

  static String upsertCheckpoint(String qualifiedTable) {
    return "INSERT INTO "
        + qualifiedTable
        + " (`pipeline`, `stream`, `checkpoint`, `updated_at`) VALUES (?, ?, ?,"
        + " CURRENT_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE `checkpoint` = ?, `updated_at` ="
        + " CURRENT_TIMESTAMP(6)";
  }

  static String createQuarantineTable(String qualifiedTable) {
    return "CREATE TABLE IF NOT EXISTS "
        + qualifiedTable
        + " (`rejected_at` TIMESTAMP(6) NULL DEFAULT CURRENT_TIMESTAMP(6), `stream` VARCHAR(255),"
        + " `position` BIGINT, `field` VARCHAR(255), `reason` LONGTEXT, `raw` LONGTEXT)"
        + TABLE_OPTIONS;
  }

  static String quoted(List<String> names) {
    return names.stream().map(D::quote).collect(Collectors.joining(", "));
  }
}
