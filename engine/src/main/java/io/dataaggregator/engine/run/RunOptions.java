package io.dataaggregator.engine.run;

import io.dataaggregator.engine.spi.CursorRange;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Knobs of the local runner.
 *
 * @param parallelism streams run at once
 * @param queueBatches batches buffered between a stream's reader and writer (backpressure)
 * @param commitRows commit after at least this many rows since the last commit
 * @param commitInterval or after this much time
 * @param progressInterval how often {@link RunEvent.Progress} is sent
 * @param cursorRange for a backfill: the cursor range every stream reads (see {@link LocalRunner});
 *     empty for an ordinary run
 */
public record RunOptions(
    int parallelism, int queueBatches, long commitRows, Duration commitInterval, Duration progressInterval,
    Optional<CursorRange> cursorRange) {
  public static final RunOptions DEFAULT =
      new RunOptions(
          Math.max(2, Runtime.getRuntime().availableProcessors()), 8, 500_000,
          Duration.ofSeconds(10), Duration.ofMillis(500));

  public RunOptions {
    if (parallelism < 1 || queueBatches < 1 || commitRows < 1) {
      throw new IllegalArgumentException("parallelism, queueBatches and commitRows must be positive");
    }
    Objects.requireNonNull(cursorRange, "cursorRange");
  }

  /** Options of an ordinary run (no cursor range). */
  public RunOptions(
      int parallelism, int queueBatches, long commitRows, Duration commitInterval, Duration progressInterval) {
    this(parallelism, queueBatches, commitRows, commitInterval, progressInterval, Optional.empty());
  }

  public RunOptions withCommitRows(long rows) {
    return new RunOptions(parallelism, queueBatches, rows, commitInterval, progressInterval, cursorRange);
  }

  /** These options for a backfill of {@code range}. */
  public RunOptions withCursorRange(CursorRange range) {
    return new RunOptions(
        parallelism, queueBatches, commitRows, commitInterval, progressInterval, Optional.of(range));
  }
}
