package io.dataaggregator.engine.run;

import java.time.Duration;

/**
 * Knobs of the local runner.
 *
 * @param parallelism streams run at once
 * @param queueBatches batches buffered between a stream's reader and writer (backpressure)
 * @param commitRows commit after at least this many rows since the last commit
 * @param commitInterval or after this much time
 * @param progressInterval how often {@link RunEvent.Progress} is sent
 */
public record RunOptions(
    int parallelism, int queueBatches, long commitRows, Duration commitInterval, Duration progressInterval) {
  public static final RunOptions DEFAULT =
      new RunOptions(
          Math.max(2, Runtime.getRuntime().availableProcessors()), 8, 500_000,
          Duration.ofSeconds(10), Duration.ofMillis(500));

  public RunOptions {
    if (parallelism < 1 || queueBatches < 1 || commitRows < 1) {
      throw new IllegalArgumentException("parallelism, queueBatches and commitRows must be positive");
    }
  }

  public RunOptions withCommitRows(long rows) {
    return new RunOptions(parallelism, queueBatches, rows, commitInterval, progressInterval);
  }
}
