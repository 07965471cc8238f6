package io.dataaggregator.server.run;

import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.auth.Requires;
import io.dataaggregator.server.run.RunResponses.RunPage;
import io.dataaggregator.server.run.RunResponses.RunResponse;
import io.dataaggregator.server.run.RunResponses.TriggerRequest;
import io.dataaggregator.server.system.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Trigger, cancel and retry runs; the run history and a run's detail. */
@Tag(name = "runs")
@RestController
class RunController {
  private final RunService service;
  private final RunStore runs;
  private final RunStreamStore streams;
  private final Clock clock;

  RunController(RunService service, RunStore runs, RunStreamStore streams, Clock clock) {
    this.service = service;
    this.runs = runs;
    this.streams = streams;
    this.clock = clock;
  }

  @Operation(
      summary = "Run a pipeline now",
      description = "Queues a run of the pipeline's current version (202); a worker picks it up.")
  @Requires(Permission.RUNS_TRIGGER)
  @PostMapping("/api/v1/pipelines/{pipelineId}/runs")
  ResponseEntity<RunResponse> runPipeline(CurrentUser me, @PathVariable UUID pipelineId) {
    return accepted(service.trigger(pipelineId, me));
  }

  @Operation(summary = "Run a pipeline now (the pipeline named in the body)")
  @Requires(Permission.RUNS_TRIGGER)
  @PostMapping("/api/v1/runs")
  ResponseEntity<RunResponse> trigger(CurrentUser me, @Valid @RequestBody TriggerRequest request) {
    return accepted(service.trigger(request.pipelineId(), me));
  }

  @Operation(
      summary = "Run history, newest first",
      description =
          "Filters: pipelineId, status (repeatable: queued, running, succeeded, failed,"
              + " cancelled), trigger, since/until (ISO-8601 instants, on the time queued).")
  @Requires(Permission.RUNS_READ)
  @GetMapping("/api/v1/runs")
  RunPage history(
      @RequestParam(required = false) UUID pipelineId,
      @RequestParam(required = false) List<String> status,
      @RequestParam(required = false) String trigger,
      @RequestParam(required = false) Instant since,
      @RequestParam(required = false) Instant until,
      @RequestParam(defaultValue = "0") @Min(0) int offset,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
    RunQuery query =
        new RunQuery(pipelineId, statuses(status), trigger, since, until, offset, limit);
    RunStore.Page page = runs.page(query);
    Instant now = clock.instant();
    return new RunPage(
        page.rows().stream().map(r -> RunResponse.of(r, null, now)).toList(),
        page.total(),
        offset,
        limit);
  }

  @Operation(summary = "A run: status, timings, ledger per stream, error")
  @Requires(Permission.RUNS_READ)
  @GetMapping("/api/v1/runs/{id}")
  RunResponse get(@PathVariable UUID id) {
    return detail(service.get(id));
  }

  @Operation(
      summary = "Cancel a run",
      description =
          "A queued run is cancelled at once; a running one stops after its current batch, keeping"
              + " what it committed. 409 when the run already ended.")
  @Requires(Permission.RUNS_TRIGGER)
  @PostMapping("/api/v1/runs/{id}/cancel")
  RunResponse cancel(CurrentUser me, @PathVariable UUID id) {
    return detail(service.cancel(id, me));
  }

  @Operation(
      summary = "Retry a failed or cancelled run",
      description =
          "Queues a new run of the same pipeline version, which resumes from the pipeline's last"
              + " checkpoint (202). 409 unless the run failed or was cancelled.")
  @Requires(Permission.RUNS_TRIGGER)
  @PostMapping("/api/v1/runs/{id}/retry")
  ResponseEntity<RunResponse> retry(CurrentUser me, @PathVariable UUID id) {
    return accepted(service.retry(id, me));
  }

  private RunResponse detail(RunRow run) {
    return RunResponse.of(run, streams.of(run.id()), clock.instant());
  }

  private ResponseEntity<RunResponse> accepted(RunRow run) {
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/runs/" + run.id()))
        .body(detail(run));
  }

  private static List<RunStatus> statuses(List<String> labels) {
    List<RunStatus> statuses = new ArrayList<>();
    if (labels != null) {
      for (String label : labels) {
        for (String one : label.split(",")) {
          if (!one.isBlank()) {
            statuses.add(
                RunStatus.parse(one.strip())
                    .orElseThrow(
                        () ->
                            ApiException.invalid(
                                "status",
                                "cannot be \""
                                    + one.strip()
                                    + "\"; it must be one of "
                                    + RunStatus.labels())));
          }
        }
      }
    }
    return statuses;
  }
}
