package io.dataaggregator.server.audit;

import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.auth.Requires;
import io.dataaggregator.server.system.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search of the audit log, for admins. */
@Tag(name = "audit")
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {
  private final AuditLog auditLog;

  AuditController(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  @Operation(
      summary = "Search the audit log, newest first",
      description =
          "Every change made through the API (POST, PUT, PATCH, DELETE under /api/v1, refused"
              + " ones included), logins, and changes the server made itself (scheduled runs).")
  @Requires(Permission.AUDIT_READ)
  @GetMapping
  AuditPage search(
      @Parameter(description = "user name, any case") @RequestParam(required = false) String user,
      @Parameter(description = "for example create, change-role, login, fire")
          @RequestParam(required = false)
          String action,
      @Parameter(description = "for example users, schedules, alerts.rules")
          @RequestParam(required = false)
          String targetType,
      @RequestParam(required = false) String targetId,
      @Parameter(description = "ISO instant, inclusive") @RequestParam(required = false)
          Instant since,
      @Parameter(description = "ISO instant, exclusive") @RequestParam(required = false)
          Instant until,
      @Parameter(description = "text in summary, path, user, action or target id")
          @RequestParam(required = false)
          String q,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    if (since != null && until != null && !since.isBefore(until)) {
      throw ApiException.invalid("until", "must be after since");
    }
    return auditLog.search(
        new AuditQuery(
            blankToNull(user),
            blankToNull(action),
            blankToNull(targetType),
            blankToNull(targetId),
            since,
            until,
            blankToNull(q),
            page,
            size));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
