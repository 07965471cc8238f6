package io.dataaggregator.server.schedule;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.stereotype.Component;

/**
 * Keeps Quartz's triggers in step with the {@code schedules} table: one job and one cron trigger
 * per schedule that has a cron, paused when the schedule is. Called inside the transaction that
 * changes the schedule, so both change together (see {@link ClusterJobStore}).
 *
 * <p>A missed fire (all instances down at that time) fires once as soon as an instance is back,
 * then the cron goes on: a daily load is late rather than skipped.
 */
@Component
class QuartzSchedules {
  static final String GROUP = "schedules";

  private final Scheduler scheduler;

  QuartzSchedules(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  /** Creates, replaces or removes the schedule's trigger as the schedule says. */
  void put(Schedule s) {
    if (s.cron() == null) {
      remove(s.id());
      return;
    }
    JobDetail job =
        JobBuilder.newJob(ScheduleFireJob.class)
            .withIdentity(s.id().toString(), GROUP)
            .withDescription(s.name())
            .requestRecovery(true) // an instance that dies mid-fire: another re-runs it
            .build();
    Trigger trigger =
        TriggerBuilder.newTrigger()
            .withIdentity(triggerKey(s.id()))
            .forJob(job)
            .withSchedule(
                CronScheduleBuilder.cronSchedule(s.cron().quartz())
                    .inTimeZone(TimeZone.getTimeZone(s.zone()))
                    .withMisfireHandlingInstructionFireAndProceed())
            .build();
    try {
      scheduler.scheduleJob(job, Set.of(trigger), true);
      if (s.paused()) {
        scheduler.pauseTrigger(trigger.getKey());
      }
    } catch (SchedulerException e) {
      throw new IllegalStateException("Could not schedule " + s.name() + " in Quartz", e);
    }
  }

  void pause(UUID id) {
    call(() -> scheduler.pauseTrigger(triggerKey(id)));
  }

  void resume(UUID id) {
    call(() -> scheduler.resumeTrigger(triggerKey(id)));
  }

  void remove(UUID id) {
    call(() -> scheduler.deleteJob(new JobKey(id.toString(), GROUP)));
  }

  /** Makes Quartz hold exactly the triggers of these schedules (after restores, lost rows). */
  void reconcile(List<Schedule> schedules) {
    try {
      Set<String> wanted = new HashSet<>();
      for (Schedule s : schedules) {
        if (s.cron() != null) {
          wanted.add(s.id().toString());
          if (!scheduler.checkExists(triggerKey(s.id()))) {
            put(s);
          }
        }
      }
      for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
        if (!wanted.contains(key.getName())) {
          scheduler.deleteJob(key);
        }
      }
    } catch (SchedulerException e) {
      throw new IllegalStateException("Could not reconcile Quartz with the schedules", e);
    }
  }

  private static TriggerKey triggerKey(UUID id) {
    return new TriggerKey(id.toString(), GROUP);
  }

  private static void call(QuartzCall call) {
    try {
      call.run();
    } catch (SchedulerException e) {
      throw new IllegalStateException("Quartz refused a change of the schedules", e);
    }
  }

  @FunctionalInterface
  private interface QuartzCall {
    void run() throws SchedulerException;
  }
}
