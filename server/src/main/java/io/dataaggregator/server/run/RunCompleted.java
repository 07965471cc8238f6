package io.dataaggregator.server.run;

import java.time.Instant;
import java.util.UUID;

/**
 * Published (as a Spring application event) once when a run ends, whatever the outcome. Schedules
 * start dependent pipelines on it; alerts evaluate their rules on it.
 *
 * @param status {@code succeeded}, {@code failed} or {@code cancelled}
 * @param error the failure's message; empty unless failed
 */
public record RunCompleted(
    UUID runId,
    UUID pipelineId,
    String pipelineName,
    String status,
    long rowsRead,
    long rowsWritten,
    long rowsRejected,
    long rowsFiltered,
    long bytes,
    Instant startedAt,
    Instant finishedAt,
    String error) {
  public boolean succeeded() {
    return "succeeded".equals(status);
  }
}
