package io.dataaggregator.server.pipeline;

import io.dataaggregator.server.system.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code pipelines} and {@code pipeline_versions} tables. A version is never changed: an edit
 * adds one and moves {@code current_version}. Deleted pipelines are invisible here.
 */
@Component
class PipelineStore {
  private static final String CURRENT = current("v.yaml");
  // Listings leave the YAML out: it can be large and lists are read often.
  private static final String CURRENT_NO_YAML = current("NULL");

  private final JdbcClient jdbc;

  PipelineStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A pipeline at its current version. */
  record Row(
      UUID id,
      String name,
      String description,
      int version,
      String yaml,
      String createdBy,
      Instant createdAt,
      String updatedBy,
      Instant updatedAt) {}

  /** One version; {@code yaml} is null in listings. */
  record Version(int version, String createdBy, Instant createdAt, String comment, String yaml) {}

  void insert(
      UUID id,
      String name,
      String description,
      String yaml,
      String comment,
      String by,
      Instant at) {
    jdbc.sql(
            "INSERT INTO pipelines (id, name, live_name, description, current_version, created_by,"
                + " created_at, updated_at) VALUES (:id, :name, :name, :description, 1, :by, :at,"
                + " :at)")
        .param("id", id)
        .param("name", name)
        .param("description", description)
        .param("by", by)
        .param("at", Sql.ts(at))
        .update();
    insertVersion(id, 1, yaml, comment, by, at);
  }

  /** Adds {@code version}; false when the current version is no longer {@code version - 1}. */
  boolean addVersion(
      UUID id,
      int version,
      String description,
      String yaml,
      String comment,
      String by,
      Instant at) {
    int moved =
        jdbc.sql(
                "UPDATE pipelines SET current_version = :version, description = :description,"
                    + " updated_at = :at WHERE id = :id AND current_version = :previous AND"
                    + " deleted_at IS NULL")
            .param("id", id)
            .param("version", version)
            .param("previous", version - 1)
            .param("description", description)
            .param("at", Sql.ts(at))
            .update();
    if (moved == 0) {
      return false;
    }
    insertVersion(id, version, yaml, comment, by, at);
    return true;
  }

  boolean softDelete(UUID id, Instant at) {
    return jdbc.sql(
                "UPDATE pipelines SET deleted_at = :at, live_name = NULL WHERE id = :id AND"
                    + " deleted_at IS NULL")
            .param("id", id)
            .param("at", Sql.ts(at))
            .update()
        > 0;
  }

  Optional<Row> find(UUID id) {
    return jdbc.sql(CURRENT + " AND p.id = :id")
        .param("id", id)
        .query(PipelineStore::row)
        .optional();
  }

  Optional<Row> findByName(String name) {
    return jdbc.sql(CURRENT + " AND p.live_name = :name")
        .param("name", name)
        .query(PipelineStore::row)
        .optional();
  }

  List<Row> list() {
    return jdbc.sql(CURRENT_NO_YAML + " ORDER BY p.name").query(PipelineStore::row).list();
  }

  /** The versions of a live pipeline, newest first. */
  List<Version> versions(UUID id) {
    return jdbc.sql(
            "SELECT version, created_by, created_at, comment, NULL AS yaml FROM pipeline_versions"
                + " WHERE pipeline_id = :id ORDER BY version DESC")
        .param("id", id)
        .query(PipelineStore::version)
        .list();
  }

  Optional<Version> version(UUID id, int version) {
    return jdbc.sql(
            "SELECT version, created_by, created_at, comment, yaml FROM pipeline_versions"
                + " WHERE pipeline_id = :id AND version = :version")
        .param("id", id)
        .param("version", version)
        .query(PipelineStore::version)
        .optional();
  }

  private static String current(String yaml) {
    return "SELECT p.id, p.name, p.description, p.current_version, p.created_by, p.created_at,"
        + " p.updated_at, v.created_by AS updated_by, "
        + yaml
        + " AS yaml FROM pipelines p"
        + " JOIN pipeline_versions v ON v.pipeline_id = p.id AND v.version = p.current_version"
        + " WHERE p.deleted_at IS NULL";
  }

  private void insertVersion(
      UUID id, int version, String yaml, String comment, String by, Instant at) {
    jdbc.sql(
            "INSERT INTO pipeline_versions (pipeline_id, version, yaml, comment, created_by,"
                + " created_at) VALUES (:id, :version, :yaml, :comment, :by, :at)")
        .param("id", id)
        .param("version", version)
        .param("yaml", yaml)
        .param("comment", comment)
        .param("by", by)
        .param("at", Sql.ts(at))
        .update();
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        Sql.uuid(rs, "id"),
        rs.getString("name"),
        rs.getString("description"),
        rs.getInt("current_version"),
        rs.getString("yaml"),
        rs.getString("created_by"),
        Sql.instant(rs, "created_at"),
        rs.getString("updated_by"),
        Sql.instant(rs, "updated_at"));
  }

  private static Version version(ResultSet rs, int n) throws SQLException {
    return new Version(
        rs.getInt("version"),
        rs.getString("created_by"),
        Sql.instant(rs, "created_at"),
        rs.getString("comment"),
        rs.getString("yaml"));
  }
}
