package io.dataaggregator.server.run;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores pipelines the way the pipelines feature does (tables {@code pipelines} and {@code
 * pipeline_versions}), so run tests do not depend on its API.
 */
public final class StoredPipelines {
  private StoredPipelines() {}

  /** Stores version 1 of a pipeline; returns its id. The YAML gets {@code name:} prepended. */
  public static UUID create(JdbcClient jdbc, String name, String yamlWithoutName) {
    UUID id = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql(
            "INSERT INTO pipelines (id, name, description, current_version, created_by,"
                + " created_at, updated_at) VALUES (:id, :name, NULL, 1, 'test', :now, :now)")
        .param("id", id)
        .param("name", name)
        .param("now", now)
        .update();
    jdbc.sql(
            "INSERT INTO pipeline_versions (pipeline_id, version, yaml, comment, created_by,"
                + " created_at) VALUES (:id, 1, :yaml, NULL, 'test', :now)")
        .param("id", id)
        .param("yaml", "name: " + name + "\n" + yamlWithoutName)
        .param("now", now)
        .update();
    return id;
  }

  /** A CSV file into a table of the destination database. */
  public static String csvToPostgres(String csv, String table) {
    return "source:\n  connector: csv\n  config: {path: '"
        + csv
        + "'}\n"
        + DestinationDb.yaml(table);
  }
}
