package io.dataaggregator.server.alert;

import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.auth.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
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

/** Alert rules: conditions on finished runs and where their alerts go. */
@Tag(name = "alerts")
@RestController
@RequestMapping("/api/v1/alerts/rules")
class AlertRuleController {
  private final AlertRules rules;

  AlertRuleController(AlertRules rules) {
    this.rules = rules;
  }

  @Operation(summary = "List alert rules; with pipelineId, those that watch that pipeline")
  @Requires(Permission.ALERTS_READ)
  @GetMapping
  List<AlertRuleResponse> list(@RequestParam(required = false) UUID pipelineId) {
    return rules.list(pipelineId).stream().map(AlertRuleResponse::of).toList();
  }

  @Operation(
      summary = "Create an alert rule",
      description =
          "condition RUN_FAILED; DURATION_OVER (threshold seconds); ROWS_UNDER / ROWS_OVER"
              + " (threshold rows written by a successful run); ANOMALY (metric ROWS_WRITTEN or"
              + " DURATION outside mean ± deviations·stddev of the last sampleSize successful"
              + " runs). Channels: inApp, webhookUrl + webhookSecret (signed POST), emails.")
  @Requires(Permission.ALERTS_WRITE)
  @PostMapping
  ResponseEntity<AlertRuleResponse> create(
      CurrentUser me, @Valid @RequestBody AlertRuleRequest request) {
    AlertRuleResponse rule = AlertRuleResponse.of(rules.create(me, request));
    return ResponseEntity.created(URI.create("/api/v1/alerts/rules/" + rule.id())).body(rule);
  }

  @Operation(summary = "Get an alert rule")
  @Requires(Permission.ALERTS_READ)
  @GetMapping("/{id}")
  AlertRuleResponse get(@PathVariable UUID id) {
    return AlertRuleResponse.of(rules.get(id));
  }

  @Operation(summary = "Replace an alert rule; an absent webhookSecret keeps the current one")
  @Requires(Permission.ALERTS_WRITE)
  @PutMapping("/{id}")
  AlertRuleResponse replace(@PathVariable UUID id, @Valid @RequestBody AlertRuleRequest request) {
    return AlertRuleResponse.of(rules.replace(id, request));
  }

  @Operation(summary = "Delete an alert rule; the alerts it raised are kept")
  @Requires(Permission.ALERTS_WRITE)
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable UUID id) {
    rules.delete(id);
    return ResponseEntity.noContent().build();
  }
}
