package io.dataaggregator.server.alert;

import io.dataaggregator.server.run.RunCompleted;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates the alert rules on every finished run ({@link RunCompleted}, handled on the instance
 * that finished the run): stores an alert per rule met, with its pending deliveries, publishes
 * {@link AlertRaised} for in-app rules, then wakes the {@link DeliveryDispatcher}.
 */
@Component
class AlertEvaluator {
  private static final Logger log = LoggerFactory.getLogger(AlertEvaluator.class);

  private final AlertRuleStore rules;
  private final Conditions conditions;
  private final RunHistory history;
  private final AlertEventStore events;
  private final ApplicationEventPublisher publisher;
  private final DeliveryDispatcher dispatcher;
  private final Clock clock;
  private final TransactionTemplate newTransaction;

  AlertEvaluator(
      AlertRuleStore rules,
      Conditions conditions,
      RunHistory history,
      AlertEventStore events,
      ApplicationEventPublisher publisher,
      DeliveryDispatcher dispatcher,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.rules = rules;
    this.conditions = conditions;
    this.history = history;
    this.events = events;
    this.publisher = publisher;
    this.dispatcher = dispatcher;
    this.clock = clock;
    this.newTransaction = new TransactionTemplate(transactions);
    newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** After the run's transaction commits (or at once when published outside one). */
  @TransactionalEventListener(fallbackExecution = true)
  void on(RunCompleted run) {
    try {
      Integer raised = newTransaction.execute(status -> evaluate(run));
      if (raised != null && raised > 0) {
        dispatcher.kick();
      }
    } catch (RuntimeException e) {
      // Never fail the runs feature's publisher because of an alert.
      log.error("Could not evaluate the alert rules for run {}", run.runId(), e);
    }
  }

  private int evaluate(RunCompleted run) {
    if (!history.add(run)) {
      return 0; // evaluated already
    }
    int raised = 0;
    for (AlertRule rule : rules.enabledFor(run.pipelineId())) {
      Optional<String> message = conditions.check(rule.condition(), run);
      if (message.isPresent()) {
        raise(rule, run, message.get());
        raised++;
      }
    }
    return raised;
  }

  private void raise(AlertRule rule, RunCompleted run, String message) {
    AlertRaised alert =
        new AlertRaised(
            UUID.randomUUID(),
            rule.id(),
            rule.name(),
            run.pipelineId(),
            run.pipelineName(),
            run.runId(),
            rule.condition().type().name(),
            message,
            clock.instant());
    events.insert(alert, rule);
    if (rule.inApp()) {
      publisher.publishEvent(alert);
    }
    log.info("Alert {} raised by rule {}: {}", alert.eventId(), rule.name(), message);
  }
}
