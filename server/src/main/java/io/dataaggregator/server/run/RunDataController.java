package io.dataaggregator.server.run;

import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.auth.Requires;
import io.dataaggregator.server.run.RunResponses.LogLineResponse;
import io.dataaggregator.server.run.RunResponses.RejectedPage;
import io.dataaggregator.server.run.RunResponses.RejectedRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What a run leaves besides its ledger: its log and its first rejected rows. */
@Tag(name = "runs")
@RestController
class RunDataController {
  private final RunService service;
  private final RunLogStore logs;
  private final RejectionStore rejections;
  private final RunStreamStore streams;
  private final RunSettings settings;

  RunDataController(
      RunService service,
      RunLogStore logs,
      RejectionStore rejections,
      RunStreamStore streams,
      RunSettings settings) {
    this.service = service;
    this.logs = logs;
    this.rejections = rejections;
    this.streams = streams;
    this.settings = settings;
  }

  @Operation(
      summary = "A run's log lines, oldest first",
      description = "Pass the last id seen as 'after' to read only newer lines.")
  @Requires(Permission.LOGS_READ)
  @GetMapping("/api/v1/runs/{id}/logs")
  List<LogLineResponse> logs(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "0") @Min(0) long after,
      @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit) {
    service.get(id);
    return logs.of(id, after, limit).stream().map(LogLineResponse::of).toList();
  }

  @Operation(
      summary = "A run's rejected rows: position, field, reason and raw input",
      description =
          "The first rows rejected in each stream (dagg.runs.rejections-kept, default 1000) are"
              + " kept whatever the destination; 'stream' narrows to one stream.")
  @Requires(Permission.RUNS_READ)
  @GetMapping("/api/v1/runs/{id}/rejected")
  RejectedPage rejected(
      @PathVariable UUID id,
      @RequestParam(required = false) String stream,
      @RequestParam(defaultValue = "0") @Min(0) int offset,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    service.get(id);
    boolean all = stream == null || stream.isEmpty();
    long rejected =
        streams.of(id).stream()
            .filter(s -> all || s.stream().equals(stream))
            .mapToLong(s -> s.ledger().rejected())
            .sum();
    List<RejectedRow> items =
        rejections.page(id, stream, offset, limit).stream().map(RejectedRow::of).toList();
    return new RejectedPage(
        items, rejections.total(id, stream), rejected, settings.rejectionsKept(), offset, limit);
  }
}
