package io.dataaggregator.server.schedule;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Request bodies of the schedules API. */
final class ScheduleRequests {
  private ScheduleRequests() {}

  /** A schedule as created or replaced (PUT); give a cron, dependsOn, or both. */
  record ScheduleRequest(
      @Schema(description = "label; defaults to the pipeline's name") @Size(max = 200) String name,
      @NotNull UUID pipelineId,
      @Schema(
              description =
                  "5-field cron (\"0 6 * * 1-5\"), Quartz cron (\"0 0 6 ? * MON-FRI\") or @daily,"
                      + " @hourly...",
              example = "0 6 * * *")
          @Size(max = 200)
          String cron,
      @Schema(
              description = "IANA time zone of the cron; defaults to the instance's default",
              example = "Europe/Berlin")
          @Size(max = 64)
          String timeZone,
      @Schema(description = "pipelines whose success starts this one") @Size(max = 50)
          List<@NotNull UUID> dependsOn,
      @Schema(
              description =
                  "ALL (default): once every upstream succeeded since the last such run; ANY:"
                      + " after each upstream success")
          Schedule.DependencyMode dependencyMode,
      @Schema(description = "create it paused; on PUT, absent keeps the current state")
          Boolean paused) {}

  /** Runs over a range of the pipeline's cursor, split by step (see {@link CursorRanges}). */
  record BackfillRequest(
      @Schema(example = "2024-01-01") @NotBlank @Size(max = 100) String from,
      @Schema(example = "2024-03-31") @NotBlank @Size(max = 100) String to,
      @Schema(description = "P1D, P1M, PT6H, or a whole number; absent: one run", example = "P1M")
          @Size(max = 40)
          String step) {}
}
