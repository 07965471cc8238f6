package io.dataaggregator.server.monitoring;

import io.dataaggregator.server.run.RunCompleted;
import io.dataaggregator.server.run.RunInsights;
import io.dataaggregator.server.run.RunStatusChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prometheus metrics per pipeline (tag {@code pipeline}), counted on the instance that finished
 * each run, so summing over instances gives the cluster's figures: {@code dagg_rows_*_total},
 * {@code dagg_bytes_read_total}, {@code dagg_runs_completed_total{status}}, {@code
 * dagg_runs_failed_total}, {@code dagg_run_duration_seconds} and the gauge {@code
 * dagg_runs_running} (runs executing on this instance).
 */
@Component
class RunMetrics {
  private final MeterRegistry meters;
  private final RunInsights insights;
  private final Set<String> gauged = ConcurrentHashMap.newKeySet();

  RunMetrics(MeterRegistry meters, RunInsights insights) {
    this.meters = meters;
    this.insights = insights;
  }

  @EventListener
  void completed(RunCompleted run) {
    String pipeline = run.pipelineName();
    count("dagg.rows.read", "Rows read by finished runs", pipeline, run.rowsRead());
    count("dagg.rows.written", "Rows written by finished runs", pipeline, run.rowsWritten());
    count("dagg.rows.rejected", "Rows rejected by finished runs", pipeline, run.rowsRejected());
    count("dagg.rows.filtered", "Rows filtered out by finished runs", pipeline, run.rowsFiltered());
    count("dagg.bytes.read", "Bytes read by finished runs", pipeline, run.bytes());
    Counter.builder("dagg.runs.completed")
        .description("Runs that ended, by status")
        .tags("pipeline", pipeline, "status", run.status())
        .register(meters)
        .increment();
    if ("failed".equals(run.status())) {
      count("dagg.runs.failed", "Runs that failed", pipeline, 1);
    }
    if (run.startedAt() != null && run.finishedAt() != null) {
      Timer.builder("dagg.run.duration")
          .description("Run duration from its first start to its end")
          .tags("pipeline", pipeline, "status", run.status())
          .register(meters)
          .record(Duration.between(run.startedAt(), run.finishedAt()));
    }
    gauge(pipeline);
  }

  @EventListener
  void statusChanged(RunStatusChanged change) {
    if (change.local()) {
      gauge(change.pipelineName());
    }
  }

  private void gauge(String pipeline) {
    if (gauged.add(pipeline)) {
      Gauge.builder(
              "dagg.runs.running",
              insights,
              i -> i.runningHere().getOrDefault(pipeline, 0).doubleValue())
          .description("Runs executing on this instance")
          .tag("pipeline", pipeline)
          .register(meters);
    }
  }

  private void count(String name, String description, String pipeline, long amount) {
    Counter.builder(name)
        .description(description)
        .tag("pipeline", pipeline)
        .register(meters)
        .increment(amount);
  }
}
