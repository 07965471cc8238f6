package io.dataaggregator.server.schedule;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Response bodies of the schedules API. */
final class ScheduleResponses {
  private ScheduleResponses() {}

  /**
   * A schedule as the API shows it.
   *
   * @param description the schedule in words, such as "every day at 06:00 Europe/Berlin"
   * @param nextRuns the next 5 cron fire times in the schedule's zone; empty when paused
   */
  record ScheduleResponse(
      UUID id,
      String name,
      UUID pipelineId,
      String pipelineName,
      String cron,
      String quartzCron,
      String timeZone,
      String description,
      List<Upstream> dependsOn,
      Schedule.DependencyMode dependencyMode,
      boolean paused,
      List<OffsetDateTime> nextRuns,
      String createdBy,
      Instant createdAt,
      Instant updatedAt) {}

  /**
   * An upstream pipeline.
   *
   * @param satisfied it succeeded since the schedule last ran because of its upstreams (ALL mode)
   */
  record Upstream(UUID pipelineId, String pipelineName, boolean satisfied) {}

  /** What a cron expression means, for forms that check it while it is typed. */
  record CronPreview(
      String cron,
      String quartzCron,
      String timeZone,
      String description,
      List<OffsetDateTime> nextRuns) {}

  /** The runs a backfill started, one per cursor range. */
  record BackfillResponse(UUID scheduleId, UUID pipelineId, List<BackfillRun> runs) {}

  record BackfillRun(UUID runId, String cursorFrom, String cursorTo) {}
}
