package io.dataaggregator.server.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An alert rule as the API shows it: the webhook secret only as "set or not". */
record AlertRuleResponse(
    UUID id,
    String name,
    UUID pipelineId,
    AlertCondition.Type condition,
    Long threshold,
    AlertCondition.Metric metric,
    Double deviations,
    Integer sampleSize,
    Integer minSamples,
    boolean inApp,
    String webhookUrl,
    boolean webhookSecretSet,
    List<String> emails,
    boolean enabled,
    String createdBy,
    Instant createdAt,
    Instant updatedAt) {

  static AlertRuleResponse of(AlertRule r) {
    Long threshold = null;
    AlertCondition.Metric metric = null;
    Double deviations = null;
    Integer sampleSize = null;
    Integer minSamples = null;
    switch (r.condition()) {
      case AlertCondition.RunFailed f -> {}
      case AlertCondition.DurationOver d -> threshold = d.seconds();
      case AlertCondition.RowsUnder u -> threshold = u.rows();
      case AlertCondition.RowsOver o -> threshold = o.rows();
      case AlertCondition.Anomaly a -> {
        metric = a.metric();
        deviations = a.deviations();
        sampleSize = a.sampleSize();
        minSamples = a.minSamples();
      }
    }
    return new AlertRuleResponse(
        r.id(),
        r.name(),
        r.pipelineId(),
        r.condition().type(),
        threshold,
        metric,
        deviations,
        sampleSize,
        minSamples,
        r.inApp(),
        r.webhookUrl(),
        r.sealedWebhookSecret() != null,
        r.emails(),
        r.enabled(),
        r.createdBy(),
        r.createdAt(),
        r.updatedAt());
  }
}
