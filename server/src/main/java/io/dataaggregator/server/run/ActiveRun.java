package io.dataaggregator.server.run;

import io.dataaggregator.engine.run.LocalRunner;
import io.dataaggregator.engine.spi.ConnectorException;
import java.time.Duration;

/**
 * A run being executed by a worker of this instance: its claim, its engine runner, and why it might
 * stop early. Written by the worker, the heartbeat and the API threads. Thread-safe.
 *
 * <p>The worker may write (commit) only while its lease holds: less than half of {@code
 * dagg.workers.stale-after} since its last successful heartbeat. Another instance takes a run over
 * only after the whole of it, so a worker cut off from the metadata store stops committing before
 * anyone else starts.
 */
final class ActiveRun {
  /** Why the run stops before its end, if it does. */
  enum Stop {
    NONE,
    /** A user asked. The run ends cancelled. */
    CANCEL,
    /** This server is stopping. The run goes back to the queue and resumes elsewhere. */
    HAND_BACK,
    /** The claim is gone: another instance took over. Nothing more is written. */
    LOST
  }

  private final Claim claim;
  private final RunRow row;
  private final long leaseNanos;
  private volatile long renewedNanos = System.nanoTime();
  private volatile LocalRunner runner;
  private volatile Stop stop = Stop.NONE;

  ActiveRun(Claim claim, RunRow row, Duration lease) {
    this.claim = claim;
    this.row = row;
    this.leaseNanos = lease.toNanos();
  }

  Claim claim() {
    return claim;
  }

  RunRow row() {
    return row;
  }

  Stop stop() {
    return stop;
  }

  /** The engine runner once it exists; a stop asked earlier reaches it at once. */
  void attach(LocalRunner engine) {
    this.runner = engine;
    if (stop != Stop.NONE) {
      engine.cancel();
    }
  }

  void renewed() {
    renewedNanos = System.nanoTime();
  }

  /** Asks the run to stop; the first reason wins, except that a lost claim overrides all. */
  synchronized void stop(Stop why) {
    if (stop == Stop.NONE || why == Stop.LOST) {
      stop = why;
    }
    LocalRunner engine = runner;
    if (engine != null) {
      engine.cancel();
    }
  }

  /**
   * Throws unless this worker may still write for the run: called before every commit.
   *
   * @throws ConnectorException {@link RunErrorCode#CLAIM_LOST}
   */
  void checkLease() {
    if (stop == Stop.LOST) {
      throw new ConnectorException(
          RunErrorCode.CLAIM_LOST, "another server instance took this run over");
    }
    long silent = System.nanoTime() - renewedNanos;
    if (silent > leaseNanos) {
      throw new ConnectorException(
          RunErrorCode.CLAIM_LOST,
          "no heartbeat reached the metadata store for "
              + Duration.ofNanos(silent).toSeconds()
              + " s; stopped writing so that no other instance writes the same rows");
    }
  }
}
