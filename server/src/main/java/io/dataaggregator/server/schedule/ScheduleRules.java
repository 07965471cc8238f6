package io.dataaggregator.server.schedule;

import io.dataaggregator.server.pipeline.PipelineDefinition;
import io.dataaggregator.server.pipeline.PipelineDefinitions;
import io.dataaggregator.server.schedule.ScheduleRequests.ScheduleRequest;
import io.dataaggregator.server.system.ApiException;
import io.dataaggregator.server.system.Setting;
import io.dataaggregator.server.system.Settings;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Checks a schedule request and turns it into a {@link Schedule}: a cron or upstreams (or both), a
 * real time zone, existing pipelines, and no dependency cycle (A after B after A would run
 * forever). Problems are 400s naming the field.
 */
@Component
class ScheduleRules {
  private final PipelineDefinitions pipelines;
  private final ScheduleStore store;
  private final Settings settings;

  ScheduleRules(PipelineDefinitions pipelines, ScheduleStore store, Settings settings) {
    this.pipelines = pipelines;
    this.store = store;
    this.settings = settings;
  }

  Schedule check(
      ScheduleRequest r,
      UUID id,
      boolean paused,
      String createdBy,
      Instant createdAt,
      Instant now) {
    PipelineDefinition pipeline =
        pipelines
            .current(r.pipelineId())
            .orElseThrow(() -> ApiException.invalid("pipelineId", "no pipeline has this id"));
    CronSpec cron = cron(r.cron());
    List<UUID> upstreams = upstreams(r);
    if (cron == null && upstreams.isEmpty()) {
      throw ApiException.invalid(
          "cron", "give a cron expression, dependsOn (pipelines to run after), or both");
    }
    noCycle(id, r.pipelineId(), upstreams);
    String name = r.name() == null || r.name().isBlank() ? pipeline.name() : r.name().trim();
    Schedule.DependencyMode mode =
        r.dependencyMode() == null ? Schedule.DependencyMode.ALL : r.dependencyMode();
    return new Schedule(
        id,
        name,
        r.pipelineId(),
        cron,
        zone(r.timeZone()),
        upstreams,
        mode,
        paused,
        createdBy,
        createdAt,
        now);
  }

  /** The cron of a request; null when there is none. */
  static CronSpec cron(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return CronSpec.parse(text);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid("cron", e.getMessage());
    }
  }

  ZoneId zone(String text) {
    String zone =
        text == null || text.isBlank() ? settings.value(Setting.DEFAULT_TIMEZONE) : text.trim();
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw ApiException.invalid(
          "timeZone",
          "\"" + zone + "\" is not a time zone; use a name such as Europe/Berlin or UTC");
    }
  }

  private List<UUID> upstreams(ScheduleRequest r) {
    if (r.dependsOn() == null) {
      return List.of();
    }
    Set<UUID> unique = new LinkedHashSet<>(r.dependsOn());
    int i = 0;
    for (UUID upstream : r.dependsOn()) {
      if (upstream.equals(r.pipelineId())) {
        throw ApiException.invalid("dependsOn[" + i + "]", "a pipeline cannot run after itself");
      }
      if (pipelines.current(upstream).isEmpty()) {
        throw ApiException.invalid("dependsOn[" + i + "]", "no pipeline has this id");
      }
      i++;
    }
    return List.copyOf(unique);
  }

  /** Refuses upstreams that the pipeline itself starts, directly or through other schedules. */
  private void noCycle(UUID scheduleId, UUID pipelineId, List<UUID> upstreams) {
    if (upstreams.isEmpty()) {
      return;
    }
    Map<UUID, Set<UUID>> starts = new HashMap<>(); // upstream pipeline -> pipelines it starts
    for (Schedule s : store.all()) {
      if (!s.id().equals(scheduleId)) {
        s.upstreams()
            .forEach(u -> starts.computeIfAbsent(u, k -> new HashSet<>()).add(s.pipelineId()));
      }
    }
    Set<UUID> seen = new HashSet<>();
    Deque<UUID> todo = new ArrayDeque<>(List.of(pipelineId));
    while (!todo.isEmpty()) {
      UUID next = todo.pop();
      if (upstreams.contains(next)) {
        throw ApiException.invalid(
            "dependsOn",
            "would make a cycle: pipeline " + next + " already runs after this pipeline");
      }
      if (seen.add(next)) {
        todo.addAll(starts.getOrDefault(next, Set.of()));
      }
    }
  }
}
