package io.dataaggregator.server.schedule;

import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.auth.Requires;
import io.dataaggregator.server.schedule.ScheduleRequests.BackfillRequest;
import io.dataaggregator.server.schedule.ScheduleRequests.ScheduleRequest;
import io.dataaggregator.server.schedule.ScheduleResponses.BackfillResponse;
import io.dataaggregator.server.schedule.ScheduleResponses.BackfillRun;
import io.dataaggregator.server.schedule.ScheduleResponses.CronPreview;
import io.dataaggregator.server.schedule.ScheduleResponses.ScheduleResponse;
import io.dataaggregator.server.system.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Schedules: cron and dependencies per pipeline, pause/resume, backfills, fire history. */
@Tag(name = "schedules")
@RestController
@RequestMapping("/api/v1/schedules")
class ScheduleController {
  private final ScheduleService schedules;
  private final ScheduleRules rules;
  private final ScheduleViews views;
  private final FireLog fires;
  private final Clock clock;

  ScheduleController(
      ScheduleService schedules,
      ScheduleRules rules,
      ScheduleViews views,
      FireLog fires,
      Clock clock) {
    this.schedules = schedules;
    this.rules = rules;
    this.views = views;
    this.fires = fires;
    this.clock = clock;
  }

  @Operation(summary = "List schedules, optionally of one pipeline")
  @Requires(Permission.SCHEDULES_READ)
  @GetMapping
  List<ScheduleResponse> list(@RequestParam(required = false) UUID pipelineId) {
    return schedules.list(pipelineId).stream().map(views::of).toList();
  }

  @Operation(
      summary = "Create a schedule",
      description =
          "cron: 5-field cron (minute hour day-of-month month day-of-week, 0 or 7 = Sunday),"
              + " Quartz cron (6-7 fields, seconds first) or @hourly/@daily/@weekly/@monthly/"
              + "@yearly; timeZone: IANA name. dependsOn: pipelines whose success starts this one.")
  @Requires(Permission.SCHEDULES_WRITE)
  @PostMapping
  ResponseEntity<ScheduleResponse> create(
      CurrentUser me, @Valid @RequestBody ScheduleRequest request) {
    ScheduleResponse created = views.of(schedules.create(me, request));
    return ResponseEntity.created(URI.create("/api/v1/schedules/" + created.id())).body(created);
  }

  @Operation(summary = "Explain a cron expression: its Quartz form, in words, next fire times")
  @Requires(Permission.SCHEDULES_READ)
  @GetMapping("/cron-preview")
  CronPreview preview(@RequestParam String cron, @RequestParam(required = false) String timeZone) {
    CronSpec spec = ScheduleRules.cron(cron);
    if (spec == null) {
      throw ApiException.invalid("cron", "must not be blank");
    }
    ZoneId zone = rules.zone(timeZone);
    return new CronPreview(
        spec.original(),
        spec.quartz(),
        zone.getId(),
        CronDescriber.describe(spec.quartz(), zone),
        spec.next(zone, clock.instant(), ScheduleViews.NEXT_RUNS));
  }

  @Operation(summary = "Get a schedule")
  @Requires(Permission.SCHEDULES_READ)
  @GetMapping("/{id}")
  ScheduleResponse get(@PathVariable UUID id) {
    return views.of(schedules.get(id));
  }

  @Operation(summary = "Replace a schedule (paused stays as it is when absent)")
  @Requires(Permission.SCHEDULES_WRITE)
  @PutMapping("/{id}")
  ScheduleResponse replace(@PathVariable UUID id, @Valid @RequestBody ScheduleRequest request) {
    return views.of(schedules.replace(id, request));
  }

  @Operation(summary = "Delete a schedule; runs it started are kept")
  @Requires(Permission.SCHEDULES_WRITE)
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable UUID id) {
    schedules.delete(id);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Pause a schedule: no cron fires, upstream successes are ignored")
  @Requires(Permission.SCHEDULES_WRITE)
  @PostMapping("/{id}/pause")
  ScheduleResponse pause(@PathVariable UUID id) {
    return views.of(schedules.setPaused(id, true));
  }

  @Operation(summary = "Resume a paused schedule")
  @Requires(Permission.SCHEDULES_WRITE)
  @PostMapping("/{id}/resume")
  ScheduleResponse resume(@PathVariable UUID id) {
    return views.of(schedules.setPaused(id, false));
  }

  @Operation(
      summary = "Backfill: run the pipeline over a range of its cursor",
      description =
          "from/to are whole numbers, dates or timestamps, both inclusive. step splits the range"
              + " into one run per step: a whole number, an ISO period (P1D, P1M) or duration"
              + " (PT6H). At most 1000 runs. 202 with the runs started.")
  @Requires(Permission.RUNS_TRIGGER)
  @PostMapping("/{id}/backfill")
  ResponseEntity<BackfillResponse> backfill(
      CurrentUser me, @PathVariable UUID id, @Valid @RequestBody BackfillRequest request) {
    List<BackfillRun> runs =
        schedules.backfill(me, id, request).stream()
            .map(r -> new BackfillRun(r.runId(), r.range().from(), r.range().to()))
            .toList();
    UUID pipelineId = schedules.get(id).pipelineId();
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(new BackfillResponse(id, pipelineId, runs));
  }

  @Operation(summary = "The runs the schedule started (or failed to start), newest first")
  @Requires(Permission.SCHEDULES_READ)
  @GetMapping("/{id}/fires")
  List<FireLog.Fire> fires(
      @PathVariable UUID id, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
    schedules.get(id);
    return fires.recent(id, limit);
  }
}
