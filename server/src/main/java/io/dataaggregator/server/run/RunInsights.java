package io.dataaggregator.server.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Figures about runs for dashboards and metrics: the runs feature's public API for the monitoring
 * feature. Counts come from the metadata store, so they cover every server instance, except {@link
 * #runningHere}.
 */
public interface RunInsights {
  /** Runs that finished in a period and what they moved. */
  record Totals(
      long runs,
      long succeeded,
      long failed,
      long cancelled,
      long rowsRead,
      long rowsWritten,
      long rowsRejected,
      long bytesRead) {}

  /** Runs that finished in one hour. */
  record Hour(Instant start, long runs, long failed, long rowsWritten) {}

  /** Runs that finished at or after {@code from} and before {@code to}. */
  Totals finished(Instant from, Instant to);

  /** The same per hour: {@code hours} buckets, the last one holding {@code to}. */
  List<Hour> hourly(Instant to, int hours);

  /** Runs with this status now ({@code queued}, {@code running}). */
  long count(String status);

  /** Runs executing on this instance's workers now, by pipeline name. */
  Map<String, Integer> runningHere();
}
