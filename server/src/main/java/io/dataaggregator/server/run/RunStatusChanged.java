package io.dataaggregator.server.run;

import java.time.Instant;
import java.util.UUID;

/**
 * Published (as a Spring application event, on the instance that made the change) whenever a run
 * changes status: queued, running (claimed by a worker of this instance), queued again (handed back
 * or taken over), or finished. Monitoring counts running runs with it. A finished run also gets one
 * {@link RunCompleted}.
 *
 * @param status {@code queued}, {@code running}, {@code succeeded}, {@code failed} or {@code
 *     cancelled}
 * @param local whether this instance executes (or just stopped executing) the run
 */
public record RunStatusChanged(
    UUID runId, UUID pipelineId, String pipelineName, String status, boolean local, Instant at) {}
