package io.dataaggregator.engine.spi;

import io.dataaggregator.engine.type.Schema;
import java.util.List;
import java.util.Objects;

/**
 * One stream of a source (a table, a file, an endpoint, a topic) as discovered, and how it is to be
 * read.
 *
 * @param primaryKey the fields that identify a row, empty if unknown
 * @param cursorCandidates fields that only grow and suit incremental reads
 * @param sync full refresh, or incremental on {@code cursorField}
 * @param cursorField the cursor of an incremental read; empty for full refresh
 */
public record CatalogStream(
    String name,
    Schema schema,
    List<String> primaryKey,
    List<String> cursorCandidates,
    SyncMode sync,
    String cursorField) {
  public CatalogStream {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(schema, "schema");
    primaryKey = List.copyOf(primaryKey);
    cursorCandidates = List.copyOf(cursorCandidates);
    Objects.requireNonNull(sync, "sync");
    cursorField = cursorField == null ? "" : cursorField;
    if (sync == SyncMode.INCREMENTAL && cursorField.isEmpty()) {
      throw new IllegalArgumentException("incremental stream " + name + " needs a cursor field");
    }
  }

  public static CatalogStream of(String name, Schema schema) {
    return new CatalogStream(name, schema, List.of(), List.of(), SyncMode.FULL_REFRESH, "");
  }

  public CatalogStream withPrimaryKey(List<String> key) {
    return new CatalogStream(name, schema, key, cursorCandidates, sync, cursorField);
  }

  public CatalogStream withCursorCandidates(List<String> candidates) {
    return new CatalogStream(name, schema, primaryKey, candidates, sync, cursorField);
  }

  /** This stream read incrementally on {@code field}. */
  public CatalogStream incremental(String field) {
    schema.require(field);
    return new CatalogStream(name, schema, primaryKey, cursorCandidates, SyncMode.INCREMENTAL, field);
  }
}
