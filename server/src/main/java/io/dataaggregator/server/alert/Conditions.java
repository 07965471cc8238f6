package io.dataaggregator.server.alert;

import io.dataaggregator.server.alert.AlertCondition.Anomaly;
import io.dataaggregator.server.alert.AlertCondition.DurationOver;
import io.dataaggregator.server.alert.AlertCondition.RowsOver;
import io.dataaggregator.server.alert.AlertCondition.RowsUnder;
import io.dataaggregator.server.alert.AlertCondition.RunFailed;
import io.dataaggregator.server.run.RunCompleted;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Decides whether a finished run meets a condition, and says why in words. */
@Component
class Conditions {
  private final RunHistory history;

  Conditions(RunHistory history) {
    this.history = history;
  }

  /** The alert's message when the run meets the condition. */
  Optional<String> check(AlertCondition condition, RunCompleted run) {
    String subject = "Run " + run.runId() + " of " + run.pipelineName();
    boolean ok = run.succeeded();
    long ms = RunHistory.durationMs(run);
    return switch (condition) {
      case RunFailed f ->
          when("failed".equals(run.status()), subject + " failed: " + orNone(run.error()));
      case DurationOver d ->
          when(
              !"cancelled".equals(run.status()) && ms > d.seconds() * 1000,
              subject + " took " + human(ms) + ", over the limit of " + human(d.seconds() * 1000));
      case RowsUnder u ->
          when(
              ok && run.rowsWritten() < u.rows(),
              subject
                  + " wrote "
                  + n(run.rowsWritten())
                  + " rows, under the minimum of "
                  + n(u.rows()));
      case RowsOver o ->
          when(
              ok && run.rowsWritten() > o.rows(),
              subject
                  + " wrote "
                  + n(run.rowsWritten())
                  + " rows, over the maximum of "
                  + n(o.rows()));
      case Anomaly a -> ok ? anomaly(a, run, subject) : Optional.empty();
    };
  }

  private Optional<String> anomaly(Anomaly a, RunCompleted run, String subject) {
    List<RunHistory.Sample> samples =
        history.recentSuccessful(run.pipelineId(), run.runId(), a.sampleSize());
    if (samples.size() < a.minSamples()) {
      return Optional.empty();
    }
    boolean rows = a.metric() == AlertCondition.Metric.ROWS_WRITTEN;
    double[] values =
        samples.stream().mapToDouble(s -> rows ? s.rowsWritten() : s.durationMs()).toArray();
    double mean = java.util.Arrays.stream(values).average().orElse(0);
    double variance =
        java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum()
            / (values.length - 1);
    double stddev = Math.sqrt(variance);
    double x = rows ? run.rowsWritten() : RunHistory.durationMs(run);
    if (Math.abs(x - mean) <= a.deviations() * stddev) {
      return Optional.empty();
    }
    String what = rows ? "wrote " + n((long) x) + " rows" : "took " + human((long) x);
    String usual =
        rows
            ? n(Math.round(mean)) + " ± " + n(Math.round(stddev)) + " rows"
            : human(Math.round(mean)) + " ± " + human(Math.round(stddev));
    return Optional.of(
        subject
            + " "
            + what
            + "; the last "
            + values.length
            + " successful runs: "
            + usual
            + " (mean ± standard deviation), more than "
            + fmt(a.deviations())
            + " standard deviations away");
  }

  private static Optional<String> when(boolean met, String message) {
    return met ? Optional.of(message) : Optional.empty();
  }

  private static String orNone(String error) {
    return error == null || error.isBlank() ? "no error given" : error;
  }

  static String human(long ms) {
    Duration d = Duration.ofMillis(ms);
    if (d.toHours() > 0) {
      return d.toHours() + "h " + d.toMinutesPart() + "m";
    }
    if (d.toMinutes() > 0) {
      return d.toMinutes() + "m " + d.toSecondsPart() + "s";
    }
    return ms >= 10_000 ? d.toSeconds() + "s" : String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
  }

  private static String n(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  private static String fmt(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
