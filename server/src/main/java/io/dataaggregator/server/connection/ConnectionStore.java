package io.dataaggregator.server.connection;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.server.system.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/**
 * The {@code connections} table. Configs are stored as JSON with their secrets sealed (see {@link
 * SecretFields}); this class neither seals nor opens them.
 */
@Component
class ConnectionStore {
  private final JdbcClient jdbc;

  ConnectionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A row; {@code config} as stored (secrets sealed); {@code kind} null when not chosen. */
  record Row(
      UUID id,
      String name,
      String connector,
      String kind,
      Map<String, Object> config,
      String description,
      String createdBy,
      Instant createdAt,
      String updatedBy,
      Instant updatedAt) {}

  void insert(Row row) {
    jdbc.sql(
            "INSERT INTO connections (id, name, connector, kind, config_json, description,"
                + " created_by, created_at, updated_by, updated_at) VALUES (:id, :name, :connector,"
                + " :kind, :config, :description, :by, :at, :by, :at)")
        .param("id", row.id())
        .param("name", row.name())
        .param("connector", row.connector())
        .param("kind", row.kind())
        .param("config", json(row.config()))
        .param("description", row.description())
        .param("by", row.createdBy())
        .param("at", Sql.ts(row.createdAt()))
        .update();
  }

  void update(Row row) {
    jdbc.sql(
            "UPDATE connections SET name = :name, connector = :connector, kind = :kind, config_json"
                + " = :config, description = :description, updated_by = :by, updated_at = :at WHERE"
                + " id = :id")
        .param("id", row.id())
        .param("name", row.name())
        .param("connector", row.connector())
        .param("kind", row.kind())
        .param("config", json(row.config()))
        .param("description", row.description())
        .param("by", row.updatedBy())
        .param("at", Sql.ts(row.updatedAt()))
        .update();
  }

  boolean delete(UUID id) {
    return jdbc.sql("DELETE FROM connections WHERE id = :id").param("id", id).update() > 0;
  }

  Optional<Row> find(UUID id) {
    return jdbc.sql("SELECT * FROM connections WHERE id = :id")
        .param("id", id)
        .query(ConnectionStore::map)
        .optional();
  }

  Optional<Row> findByName(String name) {
    return jdbc.sql("SELECT * FROM connections WHERE name = :name")
        .param("name", name)
        .query(ConnectionStore::map)
        .optional();
  }

  List<Row> list() {
    return jdbc.sql("SELECT * FROM connections ORDER BY name").query(ConnectionStore::map).list();
  }

  private static Row map(ResultSet rs, int n) throws SQLException {
    return new Row(
        Sql.uuid(rs, "id"),
        rs.getString("name"),
        rs.getString("connector"),
        rs.getString("kind"),
        parse(rs.getString("config_json")),
        rs.getString("description"),
        rs.getString("created_by"),
        Sql.instant(rs, "created_at"),
        rs.getString("updated_by"),
        Sql.instant(rs, "updated_at"));
  }

  static Map<String, Object> parse(String json) {
    return ConfigBinder.MAPPER.readValue(json, new TypeReference<Map<String, Object>>() {});
  }

  private static String json(Map<String, Object> config) {
    return ConfigBinder.MAPPER.writeValueAsString(config);
  }
}
