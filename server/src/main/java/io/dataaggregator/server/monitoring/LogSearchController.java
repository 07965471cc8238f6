package io.dataaggregator.server.monitoring;

import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.auth.Requires;
import io.dataaggregator.server.monitoring.MonitoringResponses.LogLineResponse;
import io.dataaggregator.server.monitoring.MonitoringResponses.LogPage;
import io.dataaggregator.server.run.RunLogs;
import io.dataaggregator.server.system.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Searches the log lines of every run (stored in the metadata store, so of every instance). */
@Tag(name = "monitoring")
@RestController
class LogSearchController {
  private final RunLogs logs;

  LogSearchController(RunLogs logs) {
    this.logs = logs;
  }

  @Operation(
      summary = "Search run logs, newest first",
      description =
          "runId, pipelineId, level (the lowest to show: DEBUG, INFO, WARN, ERROR), q (words the"
              + " line contains, any case), since/until (ISO-8601 instants).")
  @Requires(Permission.LOGS_READ)
  @GetMapping("/api/v1/logs")
  LogPage search(
      @RequestParam(required = false) UUID runId,
      @RequestParam(required = false) UUID pipelineId,
      @RequestParam(required = false) String level,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Instant since,
      @RequestParam(required = false) Instant until,
      @RequestParam(defaultValue = "0") @Min(0) int offset,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    RunLogs.Search search =
        new RunLogs.Search(runId, pipelineId, level(level), q, since, until, offset, limit);
    RunLogs.Found found = logs.search(search);
    return new LogPage(
        found.lines().stream()
            .map(
                l ->
                    new LogLineResponse(
                        l.id(),
                        l.runId(),
                        l.pipelineId(),
                        l.pipelineName(),
                        l.at(),
                        l.level().name(),
                        l.stream(),
                        l.message()))
            .toList(),
        found.total(),
        offset,
        limit);
  }

  private static RunLogs.Level level(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return RunLogs.Level.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(
          "level", "must be one of " + Arrays.toString(RunLogs.Level.values()));
    }
  }
}
