package io.dataaggregator.server.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * When a pipeline runs: on a cron in a time zone, after upstream pipelines succeed, or both.
 *
 * @param cron null when the schedule runs only after its upstreams
 * @param upstreams pipelines whose success starts this one; empty for cron only
 */
record Schedule(
    UUID id,
    String name,
    UUID pipelineId,
    CronSpec cron,
    ZoneId zone,
    List<UUID> upstreams,
    DependencyMode dependencyMode,
    boolean paused,
    String createdBy,
    Instant createdAt,
    Instant updatedAt) {
  Schedule {
    upstreams = List.copyOf(upstreams);
  }

  /** How several upstream pipelines combine. */
  enum DependencyMode {
    /** Run once every upstream has succeeded since this schedule last ran because of them. */
    ALL,
    /** Run after each success of any upstream. */
    ANY
  }

  Schedule withPaused(boolean paused, Instant now) {
    return new Schedule(
        id,
        name,
        pipelineId,
        cron,
        zone,
        upstreams,
        dependencyMode,
        paused,
        createdBy,
        createdAt,
        now);
  }
}
