package io.dataaggregator.server.run;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How this server instance executes runs ({@code dagg.workers.*}); every one has a default.
 *
 * @param enabled whether this instance executes runs at all (default true); an instance with
 *     workers off still serves the API and queues runs for the others
 * @param threads runs executed at once by this instance (default 2)
 * @param pollInterval how often an idle instance looks for queued runs (default 1s)
 * @param heartbeatInterval how often a running run's row is touched (default 5s)
 * @param staleAfter a running run whose heartbeat is older than this is taken to have lost its
 *     worker and is queued again (default 30s); at least three heartbeat intervals
 * @param shutdownGrace how long a stopping server waits for its runs to reach a checkpoint before
 *     handing them back to the queue (default 30s)
 */
@ConfigurationProperties("dagg.workers")
record WorkerSettings(
    Boolean enabled,
    Integer threads,
    Duration pollInterval,
    Duration heartbeatInterval,
    Duration staleAfter,
    Duration shutdownGrace) {
  WorkerSettings {
    enabled = enabled == null || enabled;
    threads = threads == null ? 2 : threads;
    pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
    heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(5) : heartbeatInterval;
    staleAfter = staleAfter == null ? Duration.ofSeconds(30) : staleAfter;
    shutdownGrace = shutdownGrace == null ? Duration.ofSeconds(30) : shutdownGrace;
    if (threads < 1) {
      throw new IllegalArgumentException("dagg.workers.threads must be at least 1");
    }
    if (staleAfter.compareTo(heartbeatInterval.multipliedBy(3)) < 0) {
      throw new IllegalArgumentException(
          "dagg.workers.stale-after ("
              + staleAfter
              + ") must be at least three dagg.workers.heartbeat-interval ("
              + heartbeatInterval
              + "), or live runs would be taken from their workers");
    }
  }

  /**
   * How long a worker may go on committing after its last successful heartbeat. Half of {@link
   * #staleAfter}: another instance takes a run over only after all of it, so the two never write at
   * once.
   */
  Duration lease() {
    return staleAfter.dividedBy(2);
  }
}
