package io.dataaggregator.server.schedule;

import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.schedule.ScheduleRequests.BackfillRequest;
import io.dataaggregator.server.schedule.ScheduleRequests.ScheduleRequest;
import io.dataaggregator.server.system.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules: each change goes to the {@code schedules} table and to Quartz in one transaction.
 * Checking a request is {@link ScheduleRules}'s job.
 */
@Service
class ScheduleService {
  private final ScheduleStore store;
  private final ScheduleRules rules;
  private final QuartzSchedules quartz;
  private final ScheduleFirer firer;
  private final Clock clock;

  ScheduleService(
      ScheduleStore store,
      ScheduleRules rules,
      QuartzSchedules quartz,
      ScheduleFirer firer,
      Clock clock) {
    this.store = store;
    this.rules = rules;
    this.quartz = quartz;
    this.firer = firer;
    this.clock = clock;
  }

  @Transactional
  Schedule create(CurrentUser me, ScheduleRequest request) {
    Instant now = clock.instant();
    boolean paused = Boolean.TRUE.equals(request.paused());
    Schedule s = rules.check(request, UUID.randomUUID(), paused, me.username(), now, now);
    store.insert(s);
    quartz.put(s);
    return s;
  }

  @Transactional
  Schedule replace(UUID id, ScheduleRequest request) {
    Schedule old = get(id);
    boolean paused = request.paused() == null ? old.paused() : request.paused();
    Schedule s =
        rules.check(request, id, paused, old.createdBy(), old.createdAt(), clock.instant());
    store.update(s);
    quartz.put(s);
    return s;
  }

  @Transactional
  void delete(UUID id) {
    if (!store.delete(id)) {
      throw ApiException.notFound("Schedule", id);
    }
    quartz.remove(id);
  }

  @Transactional
  Schedule setPaused(UUID id, boolean paused) {
    Schedule s = get(id);
    store.setPaused(id, paused, clock.instant());
    if (s.cron() != null) {
      if (paused) {
        quartz.pause(id);
      } else {
        quartz.resume(id);
      }
    }
    return get(id);
  }

  Schedule get(UUID id) {
    return store.find(id).orElseThrow(() -> ApiException.notFound("Schedule", id));
  }

  List<Schedule> list(UUID pipelineId) {
    return pipelineId == null ? store.all() : store.ofPipeline(pipelineId);
  }

  /** Starts one run per cursor range; whether the schedule is paused does not matter. */
  List<RunOfRange> backfill(CurrentUser me, UUID id, BackfillRequest request) {
    Schedule s = get(id);
    List<CursorRanges.Range> ranges =
        CursorRanges.split(request.from(), request.to(), blankToNull(request.step()));
    List<UUID> runs;
    try {
      runs = firer.backfill(s, ranges, me.username());
    } catch (IllegalStateException e) {
      throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "runs-unavailable", e.getMessage());
    }
    return java.util.stream.IntStream.range(0, runs.size())
        .mapToObj(i -> new RunOfRange(runs.get(i), ranges.get(i)))
        .toList();
  }

  /** Brings Quartz in line with the table when the server starts (restores, lost triggers). */
  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void reconcileOnStart() {
    quartz.reconcile(store.all());
  }

  record RunOfRange(UUID runId, CursorRanges.Range range) {}

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
