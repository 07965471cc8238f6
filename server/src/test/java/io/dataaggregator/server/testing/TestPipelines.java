package io.dataaggregator.server.testing;

import io.dataaggregator.server.system.Sql;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stored pipelines for tests of features that only refer to pipelines (schedules, alerts): rows in
 * the pipelines feature's tables, written directly because that feature's API is built in parallel.
 * The YAML is a minimal valid pipeline; nothing runs it.
 */
public final class TestPipelines {
  private TestPipelines() {}

  /** Creates a pipeline with a unique name starting with the prefix; returns its id. */
  public static UUID create(JdbcClient jdbc, String prefix) {
    UUID id = UUID.randomUUID();
    String name = prefix + "-" + id.toString().substring(0, 8);
    Instant now = Instant.now();
    jdbc.sql(
            "INSERT INTO pipelines (id, name, current_version, created_by, created_at, updated_at)"
                + " VALUES (:id, :name, 1, 'test', :now, :now)")
        .param("id", id)
        .param("name", name)
        .param("now", Sql.ts(now))
        .update();
    jdbc.sql(
            "INSERT INTO pipeline_versions (pipeline_id, version, yaml, created_by, created_at)"
                + " VALUES (:id, 1, :yaml, 'test', :now)")
        .param("id", id)
        .param("yaml", "name: " + name + "\n")
        .param("now", Sql.ts(now))
        .update();
    return id;
  }

  /** The name of a pipeline made by {@link #create}. */
  public static String name(JdbcClient jdbc, UUID id) {
    return jdbc.sql("SELECT name FROM pipelines WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }
}
