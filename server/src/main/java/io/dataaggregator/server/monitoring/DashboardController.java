package io.dataaggregator.server.monitoring;

import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.auth.Requires;
import io.dataaggregator.server.monitoring.MonitoringResponses.DashboardResponse;
import io.dataaggregator.server.monitoring.MonitoringResponses.HourResponse;
import io.dataaggregator.server.monitoring.MonitoringResponses.Period;
import io.dataaggregator.server.run.RunInsights;
import io.dataaggregator.server.system.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The figures of the console's dashboard, over every server instance. */
@Tag(name = "monitoring")
@RestController
class DashboardController {
  private static final int HOURS = 24;

  private final RunInsights insights;
  private final Clock clock;

  DashboardController(RunInsights insights, Clock clock) {
    this.insights = insights;
    this.clock = clock;
  }

  @Operation(
      summary = "Dashboard: runs today, success rate, rows moved, running now, throughput per hour",
      description = "'timezone' (IANA name, default UTC) says when today began.")
  @Requires(Permission.DASHBOARDS_READ)
  @GetMapping("/api/v1/dashboard")
  DashboardResponse dashboard(@RequestParam(defaultValue = "UTC") String timezone) {
    ZoneId zone = zone(timezone);
    Instant now = clock.instant();
    Instant midnight = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    Instant dayAgo = now.minus(Duration.ofHours(HOURS));
    return new DashboardResponse(
        zone.getId(),
        period(midnight, now),
        period(dayAgo, now),
        insights.count("running"),
        insights.count("queued"),
        insights.hourly(now, HOURS).stream()
            .map(
                h ->
                    new HourResponse(
                        h.start(), h.runs(), h.failed(), h.rowsWritten(), h.rowsWritten() / 3600.0))
            .toList());
  }

  private Period period(Instant from, Instant to) {
    RunInsights.Totals t = insights.finished(from, to.plusMillis(1));
    Double rate = t.runs() == 0 ? null : (double) t.succeeded() / t.runs();
    return new Period(
        from,
        to,
        t.runs(),
        t.succeeded(),
        t.failed(),
        t.cancelled(),
        rate,
        t.rowsRead(),
        t.rowsWritten(),
        t.rowsRejected(),
        t.bytesRead());
  }

  private static ZoneId zone(String name) {
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      throw ApiException.invalid(
          "timezone", "is not a time zone; use an IANA name such as Europe/Paris");
    }
  }
}
