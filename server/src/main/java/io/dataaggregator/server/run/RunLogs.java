package io.dataaggregator.server.run;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Read access to the log lines of runs, for the log search of the monitoring feature: the runs
 * feature's public API for it. Lines are kept in the metadata store, so every server instance sees
 * the lines of runs executed by any of them.
 */
public interface RunLogs {
  /** Severity, lowest first; a search for a level finds it and every higher one. */
  enum Level {
    DEBUG,
    INFO,
    WARN,
    ERROR
  }

  /** One line of a run's log. {@code stream} is empty for lines about the whole run. */
  record LogLine(
      long id,
      UUID runId,
      UUID pipelineId,
      String pipelineName,
      Instant at,
      Level level,
      String stream,
      String message) {}

  /**
   * What to look for; null means "any".
   *
   * @param text words the message contains, case-insensitive
   * @param since inclusive
   * @param until exclusive
   */
  record Search(
      UUID runId,
      UUID pipelineId,
      Level level,
      String text,
      Instant since,
      Instant until,
      int offset,
      int limit) {}

  /** A page of lines, newest first, and how many match in all. */
  record Found(List<LogLine> lines, long total) {}

  Found search(Search search);
}
