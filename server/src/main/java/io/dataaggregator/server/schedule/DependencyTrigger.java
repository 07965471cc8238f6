package io.dataaggregator.server.schedule;

import io.dataaggregator.server.run.RunCompleted;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Run B when A succeeds": on every successful {@link RunCompleted}, starts the schedules that
 * depend on that pipeline. With {@code ALL} upstreams, a success is noted and the run starts once
 * every upstream has succeeded since the last such start; the schedule's row is locked meanwhile,
 * so two upstreams finishing at once on two instances start one run, not two. Paused schedules
 * ignore upstream successes. The event is handled once, on the instance whose worker finished the
 * run.
 */
@Component
class DependencyTrigger {
  private static final Logger log = LoggerFactory.getLogger(DependencyTrigger.class);

  private final ScheduleStore store;
  private final ScheduleFirer firer;
  private final TransactionTemplate newTransaction;

  DependencyTrigger(
      ScheduleStore store, ScheduleFirer firer, PlatformTransactionManager transactions) {
    this.store = store;
    this.firer = firer;
    this.newTransaction = new TransactionTemplate(transactions);
    newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** After the run's transaction commits (or at once when it was published outside one). */
  @TransactionalEventListener(fallbackExecution = true)
  void on(RunCompleted run) {
    if (!run.succeeded()) {
      return;
    }
    for (UUID scheduleId : store.downstreamOf(run.pipelineId())) {
      try {
        newTransaction.executeWithoutResult(status -> maybeStart(scheduleId, run));
      } catch (RuntimeException e) {
        // Never fail the runs feature's publisher: this schedule's failure is logged and recorded.
        store.find(scheduleId).ifPresent(s -> firer.failedAfter(s, e));
      }
    }
  }

  private void maybeStart(UUID scheduleId, RunCompleted run) {
    if (!store.lock(scheduleId)) {
      return; // deleted meanwhile
    }
    Schedule s = store.find(scheduleId).orElseThrow();
    if (s.paused()) {
      log.info("Schedule {} is paused; ignoring the success of run {}", s.name(), run.runId());
      return;
    }
    if (s.dependencyMode() == Schedule.DependencyMode.ALL) {
      Instant at = run.finishedAt() == null ? Instant.now() : run.finishedAt();
      store.markSatisfied(scheduleId, run.pipelineId(), at);
      if (!store.satisfied(scheduleId).containsAll(s.upstreams())) {
        return;
      }
      store.resetSatisfied(scheduleId);
    }
    firer.fireAfter(s, run);
  }
}
