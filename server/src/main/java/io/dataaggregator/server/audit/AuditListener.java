package io.dataaggregator.server.audit;

import io.dataaggregator.server.system.CorrelationIdFilter;
import java.time.Clock;
import org.slf4j.MDC;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the changes the server makes by itself ({@link ChangeMade}). */
@Component
class AuditListener {
  private final AuditLog auditLog;
  private final Clock clock;

  AuditListener(AuditLog auditLog, Clock clock) {
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @EventListener
  void on(ChangeMade change) {
    auditLog.append(
        new AuditEntry(
            0,
            clock.instant(),
            change.actor(),
            null,
            null,
            change.action(),
            change.targetType(),
            change.targetId(),
            null,
            null,
            null,
            null,
            MDC.get(CorrelationIdFilter.MDC_KEY),
            change.summary()));
  }
}
