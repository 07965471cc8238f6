package io.dataaggregator.server.schedule;

import java.util.UUID;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job of every cron schedule (job name = schedule id). Quartz runs it on one instance of
 * the cluster per trigger fire; Spring creates it with its dependencies for each fire. The class
 * name is stored in Quartz's tables: renaming it needs a migration.
 */
class ScheduleFireJob implements Job {
  private static final Logger log = LoggerFactory.getLogger(ScheduleFireJob.class);

  private final ScheduleStore store;
  private final ScheduleFirer firer;

  ScheduleFireJob(ScheduleStore store, ScheduleFirer firer) {
    this.store = store;
    this.firer = firer;
  }

  @Override
  public void execute(JobExecutionContext context) {
    UUID id = UUID.fromString(context.getJobDetail().getKey().getName());
    store
        .find(id)
        .filter(s -> !s.paused() && s.cron() != null)
        .ifPresentOrElse(
            s -> firer.fireCron(s, context.getScheduledFireTime().toInstant()),
            () -> log.info("Schedule {} was deleted or paused; fire ignored", id));
  }
}
