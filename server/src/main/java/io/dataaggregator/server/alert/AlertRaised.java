package io.dataaggregator.server.alert;

import java.time.Instant;
import java.util.UUID;

/**
 * Published (as a Spring application event, inside the transaction that stores it) once per alert
 * an alert rule raises: the in-app channel. The live feature forwards it to the users who may see
 * alerts; the same fields are the body of webhook deliveries.
 *
 * @param condition the rule's condition type, such as {@code RUN_FAILED} or {@code ANOMALY}
 * @param message what happened, in words
 */
public record AlertRaised(
    UUID eventId,
    UUID ruleId,
    String ruleName,
    UUID pipelineId,
    String pipelineName,
    UUID runId,
    String condition,
    String message,
    Instant raisedAt) {}
