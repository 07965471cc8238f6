package io.dataaggregator.server.pipeline;

import io.dataaggregator.server.system.Sql;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link PipelineDefinitions} over the {@code pipelines} and {@code pipeline_versions} tables. */
@Component
class JdbcPipelineDefinitions implements PipelineDefinitions {
  private static final String SELECT =
      "SELECT p.id, p.name, v.version, v.yaml FROM pipelines p"
          + " JOIN pipeline_versions v ON v.pipeline_id = p.id"
          + " WHERE p.deleted_at IS NULL AND ";

  private final JdbcClient jdbc;

  JdbcPipelineDefinitions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<PipelineDefinition> current(UUID pipelineId) {
    return query(SELECT + "p.id = :id AND v.version = p.current_version", "id", pipelineId);
  }

  @Override
  public Optional<PipelineDefinition> version(UUID pipelineId, int version) {
    return jdbc.sql(SELECT + "p.id = :id AND v.version = :version")
        .param("id", pipelineId)
        .param("version", version)
        .query(
            (rs, n) ->
                new PipelineDefinition(
                    Sql.uuid(rs, "id"),
                    rs.getString("name"),
                    rs.getInt("version"),
                    rs.getString("yaml")))
        .optional();
  }

  @Override
  public Optional<PipelineDefinition> byName(String name) {
    return query(SELECT + "p.name = :name AND v.version = p.current_version", "name", name);
  }

  private Optional<PipelineDefinition> query(String sql, String param, Object value) {
    return jdbc.sql(sql)
        .param(param, value)
        .query(
            (rs, n) ->
                new PipelineDefinition(
                    Sql.uuid(rs, "id"),
                    rs.getString("name"),
                    rs.getInt("version"),
                    rs.getString("yaml")))
        .optional();
  }
}
