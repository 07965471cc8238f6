package io.dataaggregator.server.run;

import io.dataaggregator.engine.run.Ledger;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the {@code runs} table.
 *
 * @param totals the ledger summed over the run's streams and attempts
 * @param workerId the worker that holds (or last held) the run; null while queued
 * @param attempt how many times a worker claimed the run; 0 while never claimed
 */
record RunRow(
    UUID id,
    UUID pipelineId,
    String pipelineName,
    int pipelineVersion,
    RunStatus status,
    String trigger,
    String startedBy,
    UUID retryOf,
    String cursorFrom,
    String cursorTo,
    Instant queuedAt,
    Instant startedAt,
    Instant finishedAt,
    String workerId,
    int attempt,
    Instant heartbeatAt,
    boolean cancelRequested,
    Ledger totals,
    String errorCode,
    String errorMessage) {

  /** A run just queued. */
  static RunRow queued(
      UUID pipelineId,
      String pipelineName,
      int version,
      RunLauncher.Launch launch,
      UUID retryOf,
      Instant now) {
    return new RunRow(
        UUID.randomUUID(),
        pipelineId,
        pipelineName,
        version,
        RunStatus.QUEUED,
        launch.trigger() == null || launch.trigger().isBlank() ? "manual" : launch.trigger(),
        launch.startedBy() == null || launch.startedBy().isBlank() ? "system" : launch.startedBy(),
        retryOf,
        launch.cursorFrom() == null ? "" : launch.cursorFrom(),
        launch.cursorTo() == null ? "" : launch.cursorTo(),
        now,
        null,
        null,
        null,
        0,
        null,
        false,
        Ledger.EMPTY,
        null,
        null);
  }

  /** From the first claim to the end, or to now while running; null before it started. */
  Duration duration(Instant now) {
    if (startedAt == null) {
      return null;
    }
    return Duration.between(startedAt, finishedAt == null ? now : finishedAt);
  }
}
