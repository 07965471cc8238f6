package io.dataaggregator.server.connection;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.plan.ConnectionResolver;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/**
 * Resolves {@code connection: NAME} in pipelines from the {@code connections} table, for the engine's
 * plan compiler. The connections feature's public API for runs and previews.
 */
@Component
public class StoredConnections implements ConnectionResolver {
  private final JdbcClient jdbc;

  StoredConnections(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<StoredConnection> resolve(String name) {
    return jdbc.sql("SELECT connector, config_json FROM connections WHERE name = :name")
        .param("name", name)
        .query((rs, n) -> new StoredConnection(rs.getString("connector"), parse(rs.getString("config_json"))))
        .optional();
  }

  private static Map<String, Object> parse(String json) {
    return ConfigBinder.MAPPER.readValue(json, new TypeReference<Map<String, Object>>() {});
  }
}
