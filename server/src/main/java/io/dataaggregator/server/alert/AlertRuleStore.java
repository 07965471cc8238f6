package io.dataaggregator.server.alert;

import io.dataaggregator.server.system.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Alert rules (table {@code alert_rules}). */
@Component
class AlertRuleStore {
  private static final String SELECT =
      "SELECT id, name, pipeline_id, condition_type, threshold, metric, deviations, sample_size,"
          + " min_samples, in_app, webhook_url, webhook_secret, emails, enabled, created_by,"
          + " created_at, updated_at FROM alert_rules";

  private final JdbcClient jdbc;

  AlertRuleStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(AlertRule r) {
    jdbc.sql(
            "INSERT INTO alert_rules (id, name, pipeline_id, condition_type, threshold, metric,"
                + " deviations, sample_size, min_samples, in_app, webhook_url, webhook_secret,"
                + " emails, enabled, created_by, created_at, updated_at) VALUES (:id, :name,"
                + " :pipeline, :type, :threshold, :metric, :deviations, :sampleSize, :minSamples,"
                + " :inApp, :url, :secret, :emails, :enabled, :by, :created, :updated)")
        .params(columns(r))
        .update();
  }

  void update(AlertRule r) {
    jdbc.sql(
            "UPDATE alert_rules SET name = :name, pipeline_id = :pipeline, condition_type = :type,"
                + " threshold = :threshold, metric = :metric, deviations = :deviations,"
                + " sample_size = :sampleSize, min_samples = :minSamples, in_app = :inApp,"
                + " webhook_url = :url, webhook_secret = :secret, emails = :emails,"
                + " enabled = :enabled, updated_at = :updated WHERE id = :id")
        .params(columns(r))
        .update();
  }

  boolean delete(UUID id) {
    return jdbc.sql("DELETE FROM alert_rules WHERE id = :id").param("id", id).update() > 0;
  }

  Optional<AlertRule> find(UUID id) {
    return jdbc.sql(SELECT + " WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> rule(rs))
        .optional();
  }

  List<AlertRule> list(UUID pipelineId) {
    String where = pipelineId == null ? "" : " WHERE pipeline_id = :p OR pipeline_id IS NULL";
    var spec = jdbc.sql(SELECT + where + " ORDER BY name, id");
    if (pipelineId != null) {
      spec = spec.param("p", pipelineId);
    }
    return spec.query((rs, n) -> rule(rs)).list();
  }

  /** The enabled rules that watch this pipeline (its own and those for every pipeline). */
  List<AlertRule> enabledFor(UUID pipelineId) {
    return list(pipelineId).stream().filter(AlertRule::enabled).toList();
  }

  private static Map<String, Object> columns(AlertRule r) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", r.id());
    p.put("name", r.name());
    p.put("pipeline", r.pipelineId());
    p.put("type", r.condition().type().name());
    p.put("threshold", null);
    p.put("metric", null);
    p.put("deviations", null);
    p.put("sampleSize", null);
    p.put("minSamples", null);
    switch (r.condition()) {
      case AlertCondition.RunFailed f -> {}
      case AlertCondition.DurationOver d -> p.put("threshold", d.seconds());
      case AlertCondition.RowsUnder u -> p.put("threshold", u.rows());
      case AlertCondition.RowsOver o -> p.put("threshold", o.rows());
      case AlertCondition.Anomaly a -> {
        p.put("metric", a.metric().name());
        p.put("deviations", a.deviations());
        p.put("sampleSize", a.sampleSize());
        p.put("minSamples", a.minSamples());
      }
    }
    p.put("inApp", r.inApp());
    p.put("url", r.webhookUrl());
    p.put("secret", r.sealedWebhookSecret());
    p.put("emails", r.emails().isEmpty() ? null : String.join(",", r.emails()));
    p.put("enabled", r.enabled());
    p.put("by", r.createdBy());
    p.put("created", Sql.ts(r.createdAt()));
    p.put("updated", Sql.ts(r.updatedAt()));
    return p;
  }

  private static AlertRule rule(ResultSet rs) throws SQLException {
    String emails = rs.getString("emails");
    return new AlertRule(
        Sql.uuid(rs, "id"),
        rs.getString("name"),
        Sql.uuid(rs, "pipeline_id"),
        condition(rs),
        rs.getBoolean("in_app"),
        rs.getString("webhook_url"),
        rs.getString("webhook_secret"),
        emails == null ? List.of() : Arrays.asList(emails.split(",")),
        rs.getBoolean("enabled"),
        rs.getString("created_by"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "updated_at"));
  }

  private static AlertCondition condition(ResultSet rs) throws SQLException {
    long threshold = rs.getLong("threshold");
    return switch (AlertCondition.Type.valueOf(rs.getString("condition_type"))) {
      case RUN_FAILED -> new AlertCondition.RunFailed();
      case DURATION_OVER -> new AlertCondition.DurationOver(threshold);
      case ROWS_UNDER -> new AlertCondition.RowsUnder(threshold);
      case ROWS_OVER -> new AlertCondition.RowsOver(threshold);
      case ANOMALY ->
          new AlertCondition.Anomaly(
              AlertCondition.Metric.valueOf(rs.getString("metric")),
              rs.getDouble("deviations"),
              rs.getInt("sample_size"),
              rs.getInt("min_samples"));
    };
  }
}
