package io.dataaggregator.server.schedule;

import io.dataaggregator.server.pipeline.PipelineDefinition;
import io.dataaggregator.server.pipeline.PipelineDefinitions;
import io.dataaggregator.server.schedule.ScheduleResponses.ScheduleResponse;
import io.dataaggregator.server.schedule.ScheduleResponses.Upstream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Builds what the API shows of a schedule: names, next runs, the schedule in words. */
@Component
class ScheduleViews {
  static final int NEXT_RUNS = 5;

  private final PipelineDefinitions pipelines;
  private final ScheduleStore store;
  private final Clock clock;

  ScheduleViews(PipelineDefinitions pipelines, ScheduleStore store, Clock clock) {
    this.pipelines = pipelines;
    this.store = store;
    this.clock = clock;
  }

  ScheduleResponse of(Schedule s) {
    List<UUID> satisfied = s.upstreams().isEmpty() ? List.of() : store.satisfied(s.id());
    List<Upstream> upstreams =
        s.upstreams().stream()
            .map(p -> new Upstream(p, pipelineName(p), satisfied.contains(p)))
            .toList();
    return new ScheduleResponse(
        s.id(),
        s.name(),
        s.pipelineId(),
        pipelineName(s.pipelineId()),
        s.cron() == null ? null : s.cron().original(),
        s.cron() == null ? null : s.cron().quartz(),
        s.zone().getId(),
        describe(s, upstreams),
        upstreams,
        s.dependencyMode(),
        s.paused(),
        s.cron() == null || s.paused()
            ? List.of()
            : s.cron().next(s.zone(), clock.instant(), NEXT_RUNS),
        s.createdBy(),
        s.createdAt(),
        s.updatedAt());
  }

  String pipelineName(UUID pipelineId) {
    return pipelines.current(pipelineId).map(PipelineDefinition::name).orElse(null);
  }

  /** "every day at 06:00 Europe/Berlin, and after orders succeeds". */
  private static String describe(Schedule s, List<Upstream> upstreams) {
    List<String> parts = new ArrayList<>();
    if (s.cron() != null) {
      parts.add(CronDescriber.describe(s.cron().quartz(), s.zone()));
    }
    if (!upstreams.isEmpty()) {
      List<String> names =
          upstreams.stream()
              .map(u -> u.pipelineName() == null ? u.pipelineId().toString() : u.pipelineName())
              .toList();
      boolean all = s.dependencyMode() == Schedule.DependencyMode.ALL;
      String joined =
          names.size() == 1
              ? names.get(0)
              : String.join(", ", names.subList(0, names.size() - 1))
                  + (all ? " and " : " or ")
                  + names.getLast();
      parts.add("after " + joined + (all && names.size() > 1 ? " succeed" : " succeeds"));
    }
    return (s.paused() ? "paused: " : "") + String.join(", and ", parts);
  }
}
