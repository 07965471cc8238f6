package io.dataaggregator.server.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dataaggregator.engine.run.Ledger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the runs API answers. */
final class RunResponses {
  private RunResponses() {}

  /** Rows of a run or a stream: read = written + rejected + filtered (- produced). */
  record LedgerResponse(
      long read, long written, long rejected, long filtered, long produced, long bytes) {
    static LedgerResponse of(Ledger l) {
      return new LedgerResponse(
          l.read(), l.written(), l.rejected(), l.filtered(), l.produced(), l.bytes());
    }
  }

  /** One stream of a run. */
  record StreamResponse(
      String stream,
      String table,
      String status,
      boolean resumed,
      LedgerResponse ledger,
      String error,
      Instant startedAt,
      Instant finishedAt) {
    static StreamResponse of(StreamRow s) {
      return new StreamResponse(
          s.stream(),
          s.table(),
          s.status(),
          s.resumed(),
          LedgerResponse.of(s.ledger()),
          s.error(),
          s.startedAt(),
          s.finishedAt());
    }
  }

  /**
   * A run. {@code streams} is left out in the history.
   *
   * @param worker the worker executing it, or that executed it last
   * @param attempt how many times a worker took it up (more than 1 after a worker died)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RunResponse(
      UUID id,
      UUID pipelineId,
      String pipelineName,
      int pipelineVersion,
      String status,
      String trigger,
      String startedBy,
      UUID retryOf,
      String cursorFrom,
      String cursorTo,
      Instant queuedAt,
      Instant startedAt,
      Instant finishedAt,
      Long durationMs,
      String worker,
      int attempt,
      Instant heartbeatAt,
      boolean cancelRequested,
      LedgerResponse ledger,
      String errorCode,
      String error,
      List<StreamResponse> streams) {
    static RunResponse of(RunRow r, List<StreamRow> streams, Instant now) {
      Duration duration = r.duration(now);
      return new RunResponse(
          r.id(),
          r.pipelineId(),
          r.pipelineName(),
          r.pipelineVersion(),
          r.status().label(),
          r.trigger(),
          r.startedBy(),
          r.retryOf(),
          r.cursorFrom(),
          r.cursorTo(),
          r.queuedAt(),
          r.startedAt(),
          r.finishedAt(),
          duration == null ? null : duration.toMillis(),
          r.workerId(),
          r.attempt(),
          r.heartbeatAt(),
          r.cancelRequested(),
          LedgerResponse.of(r.totals()),
          r.errorCode(),
          r.errorMessage(),
          streams == null ? null : streams.stream().map(StreamResponse::of).toList());
    }
  }

  /** A page of the history, newest first. */
  record RunPage(List<RunResponse> items, long total, int offset, int limit) {}

  /** A line of a run's log. */
  record LogLineResponse(long id, Instant at, String level, String stream, String message) {
    static LogLineResponse of(RunLogs.LogLine l) {
      return new LogLineResponse(l.id(), l.at(), l.level().name(), l.stream(), l.message());
    }
  }

  /** A kept rejected row: where it was in the input, which field, why, and the input itself. */
  record RejectedRow(String stream, long position, String field, String reason, String raw) {
    static RejectedRow of(RejectionStore.Kept k) {
      return new RejectedRow(k.stream(), k.position(), k.field(), k.reason(), k.raw());
    }
  }

  /**
   * A page of kept rejected rows.
   *
   * @param kept rows kept for browsing (of the stream, or of the run)
   * @param rejected rows rejected in all, as the ledger counts them (only the first {@code
   *     keptPerStream} of each stream are kept)
   */
  record RejectedPage(
      List<RejectedRow> items,
      long kept,
      long rejected,
      int keptPerStream,
      int offset,
      int limit) {}

  /** Body of {@code POST /api/v1/runs}. */
  record TriggerRequest(@jakarta.validation.constraints.NotNull UUID pipelineId) {}
}
