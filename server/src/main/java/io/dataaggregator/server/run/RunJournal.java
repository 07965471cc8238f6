package io.dataaggregator.server.run;

import io.dataaggregator.engine.run.Ledger;
import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.live.LiveMessage;
import io.dataaggregator.server.run.RunLogs.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the world what a run does: log lines (stored, logged with the run's id in the MDC and
 * pushed live), status changes (pushed live and published as {@link RunStatusChanged}), progress
 * (pushed live only) and the end ({@link RunCompleted}). Thread-safe.
 */
@Component
class RunJournal {
  static final String MDC_RUN = "runId";
  private static final Logger log = LoggerFactory.getLogger("io.dataaggregator.run");

  private final RunLogStore logs;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RunJournal(RunLogStore logs, ApplicationEventPublisher events, Clock clock) {
    this.logs = logs;
    this.events = events;
    this.clock = clock;
  }

  void log(UUID runId, Level level, String stream, String message) {
    Instant now = clock.instant();
    logs.append(runId, level, stream, message, now);
    try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_RUN, runId.toString())) {
      String line = stream == null || stream.isEmpty() ? message : stream + ": " + message;
      switch (level) {
        case ERROR -> log.error(line);
        case WARN -> log.warn(line);
        case INFO -> log.info(line);
        case DEBUG -> log.debug(line);
      }
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("level", level.name());
    data.put("stream", stream == null ? "" : stream);
    data.put("message", message);
    events.publishEvent(LiveMessage.aboutRun(LiveMessage.Kind.LOG, runId, data));
  }

  void info(UUID runId, String message) {
    log(runId, Level.INFO, "", message);
  }

  /** A status change made by this instance; {@code local} when one of its workers is involved. */
  void status(RunRow run, RunStatus status, boolean local) {
    Instant now = clock.instant();
    events.publishEvent(
        new RunStatusChanged(
            run.id(), run.pipelineId(), run.pipelineName(), status.label(), local, now));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("pipelineId", run.pipelineId().toString());
    data.put("pipelineName", run.pipelineName());
    data.put("status", status.label());
    data.put("trigger", run.trigger());
    data.put("attempt", run.attempt());
    if (status.finished()) {
      data.put("rowsRead", run.totals().read());
      data.put("rowsWritten", run.totals().written());
      data.put("rowsRejected", run.totals().rejected());
      data.put("error", run.errorMessage());
    }
    events.publishEvent(
        new LiveMessage(LiveMessage.Kind.STATUS, run.id(), Permission.RUNS_READ, data, now));
  }

  /** Live progress of one stream: its ledger so far (over all attempts), rate and estimate. */
  void progress(RunRow run, String stream, Ledger total, long bytesTotal, double rate, Long eta) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("pipelineId", run.pipelineId().toString());
    data.put("stream", stream);
    data.put("rowsRead", total.read());
    data.put("rowsWritten", total.written());
    data.put("rowsRejected", total.rejected());
    data.put("rowsFiltered", total.filtered());
    data.put("bytesRead", total.bytes());
    data.put("bytesTotal", bytesTotal);
    data.put("rowsPerSecond", Math.round(rate * 10) / 10.0);
    data.put("etaSeconds", eta);
    events.publishEvent(LiveMessage.aboutRun(LiveMessage.Kind.PROGRESS, run.id(), data));
  }

  /**
   * The run ended: published once per run, which the caller's conditional update guarantees.
   *
   * @param local whether a worker of this instance executed the run to its end
   */
  void completed(RunRow run, boolean local) {
    Ledger t = run.totals();
    events.publishEvent(
        new RunCompleted(
            run.id(),
            run.pipelineId(),
            run.pipelineName(),
            run.status().label(),
            t.read(),
            t.written(),
            t.rejected(),
            t.filtered(),
            t.bytes(),
            run.startedAt(),
            run.finishedAt(),
            run.errorMessage() == null ? "" : run.errorMessage()));
    status(run, run.status(), local);
  }
}
