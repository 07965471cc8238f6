package io.dataaggregator.server.schedule;

import io.dataaggregator.server.audit.ChangeMade;
import io.dataaggregator.server.run.RunCompleted;
import io.dataaggregator.server.run.RunLauncher;
import io.dataaggregator.server.run.RunLauncher.Launch;
import io.dataaggregator.server.schedule.FireLog.Fire;
import io.dataaggregator.server.schedule.FireLog.Reason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the runs of schedules through the runs feature's {@link RunLauncher}, and records each
 * start in the {@link FireLog} and the audit log. A fire is recorded before its run is launched, in
 * the same transaction, so a cron instant that somehow fired twice launches once.
 */
@Component
class ScheduleFirer {
  static final String DUPLICATE_FIRES = "dagg.schedule.fires.duplicate";
  private static final Logger log = LoggerFactory.getLogger(ScheduleFirer.class);

  private final ObjectProvider<RunLauncher> launchers;
  private final FireLog fires;
  private final Scheduler scheduler;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final TransactionTemplate newTransaction;
  private final Counter duplicates;

  ScheduleFirer(
      ObjectProvider<RunLauncher> launchers,
      FireLog fires,
      Scheduler scheduler,
      ApplicationEventPublisher events,
      Clock clock,
      PlatformTransactionManager transactions,
      MeterRegistry meters) {
    this.launchers = launchers;
    this.fires = fires;
    this.scheduler = scheduler;
    this.events = events;
    this.clock = clock;
    this.newTransaction = new TransactionTemplate(transactions);
    newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.duplicates =
        Counter.builder(DUPLICATE_FIRES)
            .description("Cron instants that fired again and were skipped (already started)")
            .register(meters);
  }

  /** One cron instant of the schedule, as Quartz fires it. */
  void fireCron(Schedule s, Instant scheduledAt) {
    Fire fire = fire(Reason.CRON, scheduledAt, null, null);
    try {
      UUID runId =
          newTransaction.execute(
              status -> start(s, fire, Launch.of(s.pipelineId(), "schedule", s.name())));
      audit(s, "fire", "started run " + runId + " for the cron instant " + scheduledAt);
    } catch (DuplicateKeyException e) {
      duplicates.increment();
      log.warn("Schedule {} already fired for {}; not starting a second run", s.id(), scheduledAt);
    } catch (RuntimeException e) {
      failed(s, fire, e);
    }
  }

  /**
   * Starts the schedule's pipeline because upstream runs succeeded; in the caller's transaction.
   */
  UUID fireAfter(Schedule s, RunCompleted upstream) {
    UUID runId =
        start(
            s,
            fire(Reason.DEPENDENCY, null, null, null),
            Launch.of(s.pipelineId(), "dependency", s.name()));
    audit(
        s,
        "fire",
        "started run "
            + runId
            + " after run "
            + upstream.runId()
            + " of "
            + upstream.pipelineName()
            + " succeeded");
    return runId;
  }

  /** Records that the schedule could not start its run after an upstream success. */
  void failedAfter(Schedule s, RuntimeException e) {
    failed(s, fire(Reason.DEPENDENCY, null, null, null), e);
  }

  /** Starts one backfill run per range, all or none. */
  List<UUID> backfill(Schedule s, List<CursorRanges.Range> ranges, String user) {
    List<UUID> runs =
        newTransaction.execute(
            status -> {
              List<UUID> started = new ArrayList<>();
              for (CursorRanges.Range r : ranges) {
                Launch launch = new Launch(s.pipelineId(), "backfill", user, r.from(), r.to());
                started.add(start(s, fire(Reason.BACKFILL, null, r.from(), r.to()), launch));
              }
              return started;
            });
    return runs;
  }

  private UUID start(Schedule s, Fire fire, Launch launch) {
    long fireId = fires.record(s.id(), fire);
    UUID runId = launcher().launch(launch);
    fires.started(fireId, runId);
    return runId;
  }

  private RunLauncher launcher() {
    RunLauncher launcher = launchers.getIfAvailable();
    if (launcher == null) {
      throw new IllegalStateException(
          "this server cannot start runs: no run launcher is installed");
    }
    return launcher;
  }

  private void failed(Schedule s, Fire fire, RuntimeException e) {
    log.error(
        "Schedule {} ({}) could not start a run of pipeline {}",
        s.name(),
        s.id(),
        s.pipelineId(),
        e);
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Fire failed =
        new Fire(
            fire.reason(),
            fire.scheduledAt(),
            fire.firedAt(),
            fire.instance(),
            null,
            fire.cursorFrom(),
            fire.cursorTo(),
            why);
    try {
      newTransaction.executeWithoutResult(status -> fires.record(s.id(), failed));
    } catch (RuntimeException again) {
      log.error("Could not record the failed fire of schedule {}", s.id(), again);
    }
    audit(s, "fire-failed", "could not start a run: " + why);
  }

  private Fire fire(Reason reason, Instant scheduledAt, String from, String to) {
    return new Fire(reason, scheduledAt, clock.instant(), instanceId(), null, from, to, null);
  }

  private String instanceId() {
    try {
      return scheduler.getSchedulerInstanceId();
    } catch (SchedulerException e) {
      return "unknown";
    }
  }

  private void audit(Schedule s, String action, String summary) {
    events.publishEvent(
        new ChangeMade(
            "scheduler", action, "schedules", s.id().toString(), s.name() + ": " + summary));
  }
}
