package io.dataaggregator.server.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An alert (an event a rule raised), its acknowledgement and its deliveries. */
record AlertEventResponse(
    UUID id,
    UUID ruleId,
    String ruleName,
    UUID pipelineId,
    String pipelineName,
    UUID runId,
    AlertCondition.Type condition,
    String message,
    Instant raisedAt,
    boolean acknowledged,
    String acknowledgedBy,
    Instant acknowledgedAt,
    List<Delivery> deliveries) {

  /**
   * One channel's delivery of the alert.
   *
   * @param channel {@code WEBHOOK} or {@code EMAIL}
   * @param target the address; for webhooks only scheme, host and port (URLs may hold tokens)
   * @param status {@code PENDING} (retrying), {@code SENT} or {@code FAILED} (gave up)
   */
  record Delivery(
      String channel,
      String target,
      String status,
      int attempts,
      Instant nextAttemptAt,
      Instant deliveredAt,
      String lastError) {}

  /** A page of alerts, newest first, and how many match in all. */
  record Page(List<AlertEventResponse> items, int page, int size, long total) {}
}
