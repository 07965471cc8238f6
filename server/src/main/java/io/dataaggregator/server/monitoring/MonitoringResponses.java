package io.dataaggregator.server.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the monitoring API answers. */
final class MonitoringResponses {
  private MonitoringResponses() {}

  /**
   * Runs that finished in a period.
   *
   * @param successRate succeeded / finished, from 0 to 1; null when none finished
   */
  record Period(
      Instant from,
      Instant to,
      long runs,
      long succeeded,
      long failed,
      long cancelled,
      Double successRate,
      long rowsRead,
      long rowsWritten,
      long rowsRejected,
      long bytesRead) {}

  /** One hour of the last 24: runs that finished in it and the rows they wrote. */
  record HourResponse(
      Instant hour, long runs, long failed, long rowsWritten, double rowsPerSecond) {}

  /**
   * The dashboard's figures.
   *
   * @param today runs finished since midnight in {@code timezone}
   * @param last24Hours runs finished in the last 24 hours
   * @param runningNow runs executing now on any instance
   * @param queuedNow runs waiting for a worker
   * @param throughput the last 24 hours, oldest first
   */
  record DashboardResponse(
      String timezone,
      Period today,
      Period last24Hours,
      long runningNow,
      long queuedNow,
      List<HourResponse> throughput) {}

  /** A log line found by the search. */
  record LogLineResponse(
      long id,
      UUID runId,
      UUID pipelineId,
      String pipelineName,
      Instant at,
      String level,
      String stream,
      String message) {}

  /** A page of found log lines, newest first. */
  record LogPage(List<LogLineResponse> items, long total, int offset, int limit) {}
}
