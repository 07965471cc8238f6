package io.dataaggregator.server.schedule;

import io.dataaggregator.server.system.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Schedules and their upstreams (tables {@code schedules}, {@code schedule_upstreams}). */
@Component
class ScheduleStore {
  private static final String SELECT =
      "SELECT id, name, pipeline_id, cron, quartz_cron, time_zone, dependency_mode, paused,"
          + " created_by, created_at, updated_at FROM schedules";

  private final JdbcClient jdbc;

  ScheduleStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Schedule s) {
    jdbc.sql(
            "INSERT INTO schedules (id, name, pipeline_id, cron, quartz_cron, time_zone,"
                + " dependency_mode, paused, created_by, created_at, updated_at) VALUES (:id,"
                + " :name, :pipeline, :cron, :quartz, :zone, :mode, :paused, :by, :created,"
                + " :updated)")
        .params(columns(s))
        .update();
    insertUpstreams(s);
  }

  void update(Schedule s) {
    jdbc.sql(
            "UPDATE schedules SET name = :name, pipeline_id = :pipeline, cron = :cron, quartz_cron"
                + " = :quartz, time_zone = :zone, dependency_mode = :mode, paused = :paused,"
                + " updated_at = :updated WHERE id = :id")
        .params(columns(s))
        .update();
    List<UUID> kept = upstreamsOf(List.of(s.id())).getOrDefault(s.id(), List.of());
    if (!kept.equals(s.upstreams())) {
      jdbc.sql("DELETE FROM schedule_upstreams WHERE schedule_id = :id")
          .param("id", s.id())
          .update();
      insertUpstreams(s);
    }
  }

  void setPaused(UUID id, boolean paused, Instant now) {
    jdbc.sql("UPDATE schedules SET paused = :paused, updated_at = :now WHERE id = :id")
        .param("paused", paused)
        .param("now", Sql.ts(now))
        .param("id", id)
        .update();
  }

  boolean delete(UUID id) {
    return jdbc.sql("DELETE FROM schedules WHERE id = :id").param("id", id).update() > 0;
  }

  Optional<Schedule> find(UUID id) {
    return list(" WHERE id = :id", Map.of("id", id)).stream().findFirst();
  }

  /** Locks the schedule's row until the transaction ends; false when it does not exist. */
  boolean lock(UUID id) {
    return jdbc.sql("SELECT id FROM schedules WHERE id = :id FOR UPDATE")
        .param("id", id)
        .query(UUID.class)
        .optional()
        .isPresent();
  }

  List<Schedule> all() {
    return list("", Map.of());
  }

  List<Schedule> ofPipeline(UUID pipelineId) {
    return list(" WHERE pipeline_id = :pipeline", Map.of("pipeline", pipelineId));
  }

  /** Ids of the schedules that run after this pipeline succeeds. */
  List<UUID> downstreamOf(UUID pipelineId) {
    return jdbc.sql("SELECT schedule_id FROM schedule_upstreams WHERE pipeline_id = :p")
        .param("p", pipelineId)
        .query(UUID.class)
        .list();
  }

  /** Upstream pipelines of the schedule that have succeeded since it last ran because of them. */
  List<UUID> satisfied(UUID scheduleId) {
    return jdbc.sql(
            "SELECT pipeline_id FROM schedule_upstreams WHERE schedule_id = :s"
                + " AND satisfied_at IS NOT NULL")
        .param("s", scheduleId)
        .query(UUID.class)
        .list();
  }

  void markSatisfied(UUID scheduleId, UUID pipelineId, Instant at) {
    jdbc.sql(
            "UPDATE schedule_upstreams SET satisfied_at = :at WHERE schedule_id = :s"
                + " AND pipeline_id = :p")
        .param("at", Sql.ts(at))
        .param("s", scheduleId)
        .param("p", pipelineId)
        .update();
  }

  void resetSatisfied(UUID scheduleId) {
    jdbc.sql("UPDATE schedule_upstreams SET satisfied_at = NULL WHERE schedule_id = :s")
        .param("s", scheduleId)
        .update();
  }

  private List<Schedule> list(String where, Map<String, Object> params) {
    List<Row> rows =
        jdbc.sql(SELECT + where + " ORDER BY name, id")
            .params(params)
            .query((rs, n) -> row(rs))
            .list();
    Map<UUID, List<UUID>> upstreams = upstreamsOf(rows.stream().map(r -> r.id).toList());
    return rows.stream().map(r -> r.toSchedule(upstreams.getOrDefault(r.id, List.of()))).toList();
  }

  private Map<UUID, List<UUID>> upstreamsOf(List<UUID> scheduleIds) {
    Map<UUID, List<UUID>> byId = new LinkedHashMap<>();
    if (scheduleIds.isEmpty()) {
      return byId;
    }
    jdbc.sql(
            "SELECT schedule_id, pipeline_id FROM schedule_upstreams WHERE schedule_id IN (:ids)"
                + " ORDER BY pipeline_id")
        .param("ids", scheduleIds)
        .query(
            (ResultSet rs) -> {
              byId.computeIfAbsent(Sql.uuid(rs, "schedule_id"), k -> new ArrayList<>())
                  .add(Sql.uuid(rs, "pipeline_id"));
            });
    return byId;
  }

  private void insertUpstreams(Schedule s) {
    for (UUID upstream : s.upstreams()) {
      jdbc.sql("INSERT INTO schedule_upstreams (schedule_id, pipeline_id) VALUES (:s, :p)")
          .param("s", s.id())
          .param("p", upstream)
          .update();
    }
  }

  private static Map<String, Object> columns(Schedule s) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", s.id());
    p.put("name", s.name());
    p.put("pipeline", s.pipelineId());
    p.put("cron", s.cron() == null ? null : s.cron().original());
    p.put("quartz", s.cron() == null ? null : s.cron().quartz());
    p.put("zone", s.zone().getId());
    p.put("mode", s.dependencyMode().name());
    p.put("paused", s.paused());
    p.put("by", s.createdBy());
    p.put("created", Sql.ts(s.createdAt()));
    p.put("updated", Sql.ts(s.updatedAt()));
    return p;
  }

  private static Row row(ResultSet rs) throws SQLException {
    String cron = rs.getString("cron");
    return new Row(
        Sql.uuid(rs, "id"),
        rs.getString("name"),
        Sql.uuid(rs, "pipeline_id"),
        cron == null ? null : new CronSpec(cron, rs.getString("quartz_cron")),
        ZoneId.of(rs.getString("time_zone")),
        Schedule.DependencyMode.valueOf(rs.getString("dependency_mode")),
        rs.getBoolean("paused"),
        rs.getString("created_by"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "updated_at"));
  }

  private record Row(
      UUID id,
      String name,
      UUID pipelineId,
      CronSpec cron,
      ZoneId zone,
      Schedule.DependencyMode mode,
      boolean paused,
      String createdBy,
      Instant createdAt,
      Instant updatedAt) {
    Schedule toSchedule(List<UUID> upstreams) {
      return new Schedule(
          id,
          name,
          pipelineId,
          cron,
          zone,
          upstreams,
          mode,
          paused,
          createdBy,
          createdAt,
          updatedAt);
    }
  }
}
