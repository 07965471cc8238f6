package io.dataaggregator.server.connection;

import io.dataaggregator.engine.spi.Catalog;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.type.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A connection as the API shows it: secrets masked as {@code ***}, never in clear.
 *
 * @param kind source or destination as chosen; null when not chosen
 * @param usableAs {@code source} and/or {@code destination}: the kinds whose settings the config
 *     fits
 */
record ConnectionResponse(
    UUID id,
    String name,
    String connector,
    String kind,
    List<String> usableAs,
    String description,
    Map<String, Object> config,
    String createdBy,
    Instant createdAt,
    String updatedBy,
    Instant updatedAt) {

  /** The outcome of a test: {@code ok} when every kind the connection serves passed its check. */
  record TestResult(boolean ok, String message, List<KindCheck> checks) {}

  /** The check of one kind. */
  record KindCheck(String kind, boolean ok, String message) {}

  /** What discovery found. */
  record Discovered(List<StreamInfo> streams) {
    static Discovered of(Catalog catalog) {
      return new Discovered(catalog.streams().stream().map(StreamInfo::of).toList());
    }
  }

  /**
   * One stream.
   *
   * @param cursorCandidates fields suited to incremental reads
   */
  record StreamInfo(
      String name, List<FieldInfo> fields, List<String> primaryKey, List<String> cursorCandidates) {
    static StreamInfo of(CatalogStream s) {
      return new StreamInfo(
          s.name(),
          s.schema().fields().stream().map(FieldInfo::of).toList(),
          s.primaryKey(),
          s.cursorCandidates());
    }
  }

  /** A field with its type as pipeline files write it ({@code bigint}, {@code decimal(10,2)}). */
  record FieldInfo(String name, String type, boolean nullable) {
    static FieldInfo of(Field f) {
      return new FieldInfo(f.name(), f.type().toString(), f.nullable());
    }
  }
}
