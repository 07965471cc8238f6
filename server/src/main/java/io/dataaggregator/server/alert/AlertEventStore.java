package io.dataaggregator.server.alert;

import io.dataaggregator.server.system.Sql;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Alerts raised and their deliveries (tables {@code alert_events}, {@code alert_deliveries}). */
@Component
class AlertEventStore {
  private static final String SELECT =
      "SELECT id, rule_id, rule_name, pipeline_id, pipeline_name, run_id, condition_type, message,"
          + " raised_at, acknowledged_by, acknowledged_at FROM alert_events";

  private final JdbcClient jdbc;

  AlertEventStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the alert and one pending delivery per webhook / email recipient of the rule. */
  void insert(AlertRaised e, AlertRule rule) {
    jdbc.sql(
            "INSERT INTO alert_events (id, rule_id, rule_name, pipeline_id, pipeline_name, run_id,"
                + " condition_type, message, raised_at) VALUES (:id, :rule, :ruleName, :p, :pName,"
                + " :run, :type, :message, :at)")
        .param("id", e.eventId())
        .param("rule", e.ruleId())
        .param("ruleName", e.ruleName())
        .param("p", e.pipelineId())
        .param("pName", e.pipelineName() == null ? "" : e.pipelineName())
        .param("run", e.runId())
        .param("type", e.condition())
        .param(
            "message", e.message().length() > 2000 ? e.message().substring(0, 2000) : e.message())
        .param("at", Sql.ts(e.raisedAt()))
        .update();
    if (rule.webhookUrl() != null) {
      addDelivery(e, "WEBHOOK", rule.webhookUrl());
    }
    rule.emails().forEach(address -> addDelivery(e, "EMAIL", address));
  }

  private void addDelivery(AlertRaised e, String channel, String target) {
    jdbc.sql(
            "INSERT INTO alert_deliveries (event_id, channel, target, status, attempts,"
                + " next_attempt_at) VALUES (:e, :channel, :target, 'PENDING', 0, :at)")
        .param("e", e.eventId())
        .param("channel", channel)
        .param("target", target)
        .param("at", Sql.ts(e.raisedAt()))
        .update();
  }

  Optional<AlertEventResponse> find(UUID id) {
    return withDeliveries(
            jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query((rs, n) -> event(rs)).list())
        .stream()
        .findFirst();
  }

  /** Raised alert as published, for delivering it. */
  Optional<AlertRaised> raised(UUID id) {
    return find(id)
        .map(
            e ->
                new AlertRaised(
                    e.id(),
                    e.ruleId(),
                    e.ruleName(),
                    e.pipelineId(),
                    e.pipelineName(),
                    e.runId(),
                    e.condition().name(),
                    e.message(),
                    e.raisedAt()));
  }

  AlertEventResponse.Page search(
      UUID pipelineId, UUID ruleId, Boolean acknowledged, int page, int size) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    if (pipelineId != null) {
      conditions.add("pipeline_id = :p");
      params.put("p", pipelineId);
    }
    if (ruleId != null) {
      conditions.add("rule_id = :r");
      params.put("r", ruleId);
    }
    if (acknowledged != null) {
      conditions.add(acknowledged ? "acknowledged_at IS NOT NULL" : "acknowledged_at IS NULL");
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    long total =
        jdbc.sql("SELECT COUNT(*) FROM alert_events" + where)
            .params(params)
            .query(Long.class)
            .single();
    params.put("limit", size);
    params.put("offset", (long) page * size);
    List<AlertEventResponse> items =
        jdbc.sql(SELECT + where + " ORDER BY raised_at DESC, id LIMIT :limit OFFSET :offset")
            .params(params)
            .query((rs, n) -> event(rs))
            .list();
    return new AlertEventResponse.Page(withDeliveries(items), page, size, total);
  }

  /** Acknowledges the alert once; a second acknowledgement keeps the first. */
  boolean acknowledge(UUID id, String by, Instant at) {
    return jdbc.sql(
                "UPDATE alert_events SET acknowledged_by = :by, acknowledged_at = :at WHERE id ="
                    + " :id AND acknowledged_at IS NULL")
            .param("by", by)
            .param("at", Sql.ts(at))
            .param("id", id)
            .update()
        > 0;
  }

  private List<AlertEventResponse> withDeliveries(List<AlertEventResponse> events) {
    if (events.isEmpty()) {
      return events;
    }
    Map<UUID, List<AlertEventResponse.Delivery>> byEvent = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT event_id, channel, target, status, attempts, next_attempt_at, delivered_at,"
                + " last_error FROM alert_deliveries WHERE event_id IN (:ids) ORDER BY id")
        .param("ids", events.stream().map(AlertEventResponse::id).toList())
        .query(
            (ResultSet rs) -> {
              byEvent
                  .computeIfAbsent(Sql.uuid(rs, "event_id"), k -> new ArrayList<>())
                  .add(delivery(rs));
            });
    return events.stream()
        .map(
            e ->
                new AlertEventResponse(
                    e.id(),
                    e.ruleId(),
                    e.ruleName(),
                    e.pipelineId(),
                    e.pipelineName(),
                    e.runId(),
                    e.condition(),
                    e.message(),
                    e.raisedAt(),
                    e.acknowledged(),
                    e.acknowledgedBy(),
                    e.acknowledgedAt(),
                    byEvent.getOrDefault(e.id(), List.of())))
        .toList();
  }

  private static AlertEventResponse.Delivery delivery(ResultSet rs) throws SQLException {
    String channel = rs.getString("channel");
    String target = rs.getString("target");
    return new AlertEventResponse.Delivery(
        channel,
        "WEBHOOK".equals(channel) ? origin(target) : target,
        rs.getString("status"),
        rs.getInt("attempts"),
        Sql.instant(rs, "next_attempt_at"),
        Sql.instant(rs, "delivered_at"),
        rs.getString("last_error"));
  }

  private static String origin(String url) {
    URI uri = URI.create(url);
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  private static AlertEventResponse event(ResultSet rs) throws SQLException {
    Instant ackAt = Sql.instant(rs, "acknowledged_at");
    return new AlertEventResponse(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "rule_id"),
        rs.getString("rule_name"),
        Sql.uuid(rs, "pipeline_id"),
        rs.getString("pipeline_name"),
        Sql.uuid(rs, "run_id"),
        AlertCondition.Type.valueOf(rs.getString("condition_type")),
        rs.getString("message"),
        Sql.instant(rs, "raised_at"),
        ackAt != null,
        rs.getString("acknowledged_by"),
        ackAt,
        List.of());
  }
}
