package io.dataaggregator.server.run;

import java.util.Optional;
import java.util.UUID;

/**
 * Queues runs of stored pipelines: the runs feature's public API for other features (schedules,
 * dependencies, backfills). A queued run is picked up by a worker of any server instance.
 */
public interface RunLauncher {
  /**
   * Why and by whom a run is started.
   *
   * @param trigger {@code manual}, {@code schedule}, {@code dependency}, {@code backfill}, {@code
   *     retry}
   * @param startedBy the user name, or the schedule's name
   * @param cursorFrom for a backfill: the lowest cursor value to read; empty otherwise
   * @param cursorTo for a backfill: the highest cursor value to read; empty otherwise
   */
  record Launch(
      UUID pipelineId, String trigger, String startedBy, String cursorFrom, String cursorTo) {
    public static Launch of(UUID pipelineId, String trigger, String startedBy) {
      return new Launch(pipelineId, trigger, startedBy, "", "");
    }
  }

  /** Queues a run of the pipeline's current version; returns the run's id. */
  UUID launch(Launch launch);

  /** The pipeline a run belongs to, if the run exists. */
  Optional<UUID> pipelineOf(UUID runId);
}
