package io.dataaggregator.server.alert;

import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.auth.Requires;
import io.dataaggregator.server.system.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alerts raised by the rules, and their acknowledgement. */
@Tag(name = "alerts")
@RestController
@RequestMapping("/api/v1/alerts/events")
class AlertEventController {
  private final AlertEventStore events;
  private final Clock clock;

  AlertEventController(AlertEventStore events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @Operation(summary = "List alerts, newest first")
  @Requires(Permission.ALERTS_READ)
  @GetMapping
  AlertEventResponse.Page list(
      @RequestParam(required = false) UUID pipelineId,
      @RequestParam(required = false) UUID ruleId,
      @RequestParam(required = false) Boolean acknowledged,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return events.search(pipelineId, ruleId, acknowledged, page, size);
  }

  @Operation(summary = "Get an alert with its deliveries")
  @Requires(Permission.ALERTS_READ)
  @GetMapping("/{id}")
  AlertEventResponse get(@PathVariable UUID id) {
    return events.find(id).orElseThrow(() -> ApiException.notFound("Alert", id));
  }

  @Operation(
      summary = "Acknowledge an alert",
      description = "Records who and when; acknowledging again keeps the first acknowledgement.")
  @Requires(Permission.ALERTS_WRITE)
  @PostMapping("/{id}/ack")
  AlertEventResponse acknowledge(CurrentUser me, @PathVariable UUID id) {
    AlertEventResponse event = get(id);
    events.acknowledge(event.id(), me.username(), clock.instant());
    return get(id);
  }
}
