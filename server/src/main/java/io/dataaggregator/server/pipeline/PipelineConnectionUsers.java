package io.dataaggregator.server.pipeline;

import io.dataaggregator.server.connection.ConnectionUser;
import io.dataaggregator.server.connection.ConnectionUsers;
import io.dataaggregator.server.system.Sql;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pipelines whose current version names a stored connection as {@code source.connection} or
 * {@code destination.connection}; deleted pipelines and older versions do not count. The YAML is
 * searched for the name first, so only likely pipelines are parsed.
 */
@Component
class PipelineConnectionUsers implements ConnectionUsers {
  private final JdbcClient jdbc;

  PipelineConnectionUsers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<ConnectionUser> using(String connectionName) {
    return jdbc
        .sql(
            "SELECT p.id, p.name, v.yaml FROM pipelines p JOIN pipeline_versions v ON v.pipeline_id"
                + " = p.id AND v.version = p.current_version WHERE p.deleted_at IS NULL AND v.yaml"
                + " LIKE :pattern ESCAPE '\\' ORDER BY p.name")
        .param("pattern", "%" + likeEscaped(connectionName) + "%")
        .query(
            (rs, n) ->
                names(rs.getString("yaml"), connectionName)
                    ? new ConnectionUser("pipeline", Sql.uuid(rs, "id"), rs.getString("name"))
                    : null)
        .list()
        .stream()
        .filter(Objects::nonNull)
        .toList();
  }

  private static boolean names(String yaml, String connectionName) {
    Map<String, Object> pipeline = PipelineYaml.read(yaml);
    return pipeline != null
        && (connectionName.equals(connectionOf(pipeline.get("source")))
            || connectionName.equals(connectionOf(pipeline.get("destination"))));
  }

  private static Object connectionOf(Object endpoint) {
    return endpoint instanceof Map<?, ?> map ? map.get("connection") : null;
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
