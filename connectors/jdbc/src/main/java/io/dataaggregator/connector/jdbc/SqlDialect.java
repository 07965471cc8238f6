package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.util.List;

/**
 * The SQL text that differs between databases: quoting, the type mapping both ways, DDL, upsert,
 * overwrite swap and the tables the connectors keep. Pure functions of their arguments, so every
 * statement can be tested without a server. Implementations are stateless and thread-safe.
 */
public interface SqlDialect {
  /** The product, as messages name it: {@code PostgreSQL}, {@code MySQL/MariaDB} ... */
  String product();

  /** What the namespace is called: {@code schema}, or {@code database} in MySQL. */
  default String namespaceWord() {
    return "schema";
  }

  /** {@code identifier} quoted so that any name (mixed case, spaces, keywords) is taken as is. */
  String quote(String identifier);

  /** The quoted, namespace-qualified table name. */
  default String table(String namespace, String table) {
    return quote(namespace) + "." + quote(table);
  }

  /** Our type of a database column; unknown types map to STRING (read as their text form). */
  DataType toDataType(DbColumn column);

  /** The column type created for our type. */
  String columnType(DataType type);

  /** {@code CREATE TABLE} for {@code schema}; {@code primaryKey} may be empty. */
  String createTable(String qualifiedTable, Schema schema, List<String> primaryKey);

  /** {@code ALTER TABLE ... ADD} for one new nullable column. */
  String addColumn(String qualifiedTable, Field field);

  /** Drops the table if it exists. */
  String dropTable(String qualifiedTable);

  /**
   * Merges every row of {@code source} into {@code target} on {@code key}: inserts new keys and
   * updates the other {@code columns} of existing ones. When {@code source} holds a key more than
   * once, the row with the highest {@code order} column wins.
   */
  String upsert(String target, String source, List<String> columns, List<String> key, String order);

  /** The session-private table an upsert loads into before merging; qualified and quoted. */
  String stageTable(String namespace);

  /**
   * Statements that (re)create {@code stage} with {@code target}'s types for {@code columns}, plus
   * an ascending {@code order} column filled on insert, without ending the open transaction.
   */
  List<String> createStage(String stage, String target, List<String> columns, String order);

  /** Empties the stage without ending the open transaction. */
  String clearStage(String stage);

  /**
   * Statements that put table {@code fresh} in place of {@code table} (which exists or not), as
   * atomically as the database allows.
   */
  List<String> swap(String namespace, String fresh, String table, boolean tableExists);

  /** Creates the checkpoint table {@code (pipeline, stream, checkpoint, updated_at)} if missing. */
  String createCheckpointTable(String qualifiedTable);

  /**
   * Creates a quarantine table {@code (rejected_at, stream, position, field, reason, raw)} if
   * missing.
   */
  String createQuarantineTable(String qualifiedTable);

  /**
   * One statement that stores a checkpoint, inserting or updating, with the parameters pipeline,
   * stream, checkpoint and the checkpoint again; null where an update followed, if it found
   * nothing, by an insert serves (it does not where the update's gap locks make concurrent writers
   * of new streams deadlock, as in InnoDB).
   */
  default String upsertCheckpoint(String qualifiedTable) {
    return null;
  }

  /** The current time as this database writes it into the connectors' own tables. */
  String now();

  /** The select list that reads {@code columns} in the form the dialect's row decoding expects. */
  String selectList(List<DbColumn> columns);

  /**
   * A SQL literal for {@code value} (as {@link #cursorText} wrote it) to compare with {@code
   * column}.
   */
  String literal(String value, DbColumn column);

  /** The text form of a cursor value kept in a checkpoint, which {@link #literal} reads back. */
  String cursorText(Object value);

  /** {@code ORDER BY} on {@code quotedColumn}, rows without a value first when asked. */
  default String orderBy(String quotedColumn, boolean nullsFirst) {
    return " ORDER BY " + quotedColumn + (nullsFirst ? " NULLS FIRST" : "");
  }

  /**
   * A statement that does nothing but fails unless the user holds {@code right} (SELECT, INSERT,
   * UPDATE) on the table, whose columns are {@code columns} (all of them: a strict server checks an
   * INSERT for missing values before it finds that no row comes).
   */
  default String privilegeProbe(String right, String qualifiedTable, List<String> columns) {
    String first = quote(columns.get(0));
    return switch (right) {
      case "INSERT" ->
          "INSERT INTO "
              + qualifiedTable
              + " ("
              + String.join(", ", columns.stream().map(this::quote).toList())
              + ") SELECT "
              + String.join(", ", java.util.Collections.nCopies(columns.size(), "NULL"))
              + dual()
              + " WHERE 1 = 0";
      case "UPDATE" -> "UPDATE " + qualifiedTable + " SET " + first + " = NULL WHERE 1 = 0";
      default -> "SELECT " + first + " FROM " + qualifiedTable + " WHERE 1 = 0";
    };
  }

  /** What a SELECT without a table needs to take a WHERE clause: {@code " FROM DUAL"} in MySQL. */
  default String dual() {
    return "";
  }
}
