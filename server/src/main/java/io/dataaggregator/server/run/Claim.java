package io.dataaggregator.server.run;

import java.util.UUID;

/**
 * A worker's hold on a run: valid while the run's row still names this worker and attempt. Every
 * write a worker makes about its run is conditional on it, so a worker that lost its run (its
 * heartbeat went stale and another instance took over) cannot change it any more.
 */
record Claim(UUID runId, UUID pipelineId, String workerId, int attempt) {}
