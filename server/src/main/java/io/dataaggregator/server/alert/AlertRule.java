package io.dataaggregator.server.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An alert rule: a condition on finished runs of one pipeline (or all) and where its alerts go.
 *
 * @param pipelineId null: every pipeline
 * @param webhookUrl null: no webhook
 * @param sealedWebhookSecret signs webhook bodies, as stored: sealed for this rule (see {@link
 *     WebhookSecrets}); null without webhook. Never leaves the server
 * @param emails recipients; empty: no email
 */
record AlertRule(
    UUID id,
    String name,
    UUID pipelineId,
    AlertCondition condition,
    boolean inApp,
    String webhookUrl,
    String sealedWebhookSecret,
    List<String> emails,
    boolean enabled,
    String createdBy,
    Instant createdAt,
    Instant updatedAt) {
  AlertRule {
    emails = List.copyOf(emails);
  }
}
