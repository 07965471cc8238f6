package io.dataaggregator.server.run;

import io.dataaggregator.engine.run.RunOptions;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the engine runs pipelines inside the server ({@code dagg.runs.*}); every one has a default.
 *
 * @param parallelism streams of one run read and written at once (default: the engine's, the number
 *     of cores but at least 2)
 * @param commitRows commit (and checkpoint) after at least this many rows (default 500000)
 * @param commitInterval or after this much time (default 10s)
 * @param progressInterval how often a running stream reports progress (default 1s)
 * @param rejectionsKept rejected rows kept per stream of a run for browsing (default 1000)
 */
@ConfigurationProperties("dagg.runs")
record RunSettings(
    Integer parallelism,
    Long commitRows,
    Duration commitInterval,
    Duration progressInterval,
    Integer rejectionsKept) {
  RunSettings {
    parallelism = parallelism == null ? RunOptions.DEFAULT.parallelism() : parallelism;
    commitRows = commitRows == null ? RunOptions.DEFAULT.commitRows() : commitRows;
    commitInterval = commitInterval == null ? RunOptions.DEFAULT.commitInterval() : commitInterval;
    progressInterval = progressInterval == null ? Duration.ofSeconds(1) : progressInterval;
    rejectionsKept = rejectionsKept == null ? 1000 : rejectionsKept;
  }

  RunOptions options() {
    return new RunOptions(
        parallelism,
        RunOptions.DEFAULT.queueBatches(),
        commitRows,
        commitInterval,
        progressInterval);
  }
}
