package io.dataaggregator.server.alert;

/** What an alert rule watches for in a finished run. Evaluated by {@link Conditions}. */
sealed interface AlertCondition {
  /** The type name stored and shown in the API. */
  Type type();

  /** The kinds of condition. */
  enum Type {
    RUN_FAILED,
    DURATION_OVER,
    ROWS_UNDER,
    ROWS_OVER,
    ANOMALY
  }

  /** What an anomaly rule compares. */
  enum Metric {
    ROWS_WRITTEN,
    DURATION
  }

  /** The run failed. */
  record RunFailed() implements AlertCondition {
    public Type type() {
      return Type.RUN_FAILED;
    }
  }

  /** The run (succeeded or failed) took longer than this. */
  record DurationOver(long seconds) implements AlertCondition {
    public Type type() {
      return Type.DURATION_OVER;
    }
  }

  /** A successful run wrote fewer rows than this. */
  record RowsUnder(long rows) implements AlertCondition {
    public Type type() {
      return Type.ROWS_UNDER;
    }
  }

  /** A successful run wrote more rows than this. */
  record RowsOver(long rows) implements AlertCondition {
    public Type type() {
      return Type.ROWS_OVER;
    }
  }

  /**
   * A successful run whose metric lies outside mean ± deviations × standard deviation of the last
   * {@code sampleSize} successful runs of its pipeline; silent until {@code minSamples} exist.
   */
  record Anomaly(Metric metric, double deviations, int sampleSize, int minSamples)
      implements AlertCondition {
    public Type type() {
      return Type.ANOMALY;
    }
  }
}
