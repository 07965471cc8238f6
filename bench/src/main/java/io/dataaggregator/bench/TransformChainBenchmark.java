package io.dataaggregator.bench;

import io.dataaggregator.engine.pipeline.PipelineReader;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.plan.PlanCompiler;
import io.dataaggregator.engine.spi.Registry;
import io.dataaggregator.engine.transform.StepChain;
import io.dataaggregator.engine.type.Batch;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The five-step chain of issue 3 (rename, cast, derive, filter, deduplicate) on one thread, in rows
 * per second, on the first million rows of the real flights file, beside the reference of copying
 * each batch's rows (the least any step does).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TransformChainBenchmark {
  static final int ROWS = 1_000_000;
  private static final String PIPELINE = """
      name: chain
      source: {connector: csv, config: {path: unused.csv}}
      transforms:
        - rename: {origin: origin_airport}
        - cast: {delay: int}
        - derive: {late: "delay > 15"}
        - filter: "distance >= 500"
        - deduplicate: {key: [date, origin_airport, destination], keep: first}
      destination: {connector: json, config: {path: unused}}
      """;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private List<Batch> batches;
  private long cpuNanos;
  private long cpuRows;
  private Plan plan;

  @Setup
  public void prepare() {
    batches = FlightsData.realBatches(ROWS);
    plan = new PlanCompiler(Registry.load()).compile(new PipelineReader(Map.<String, String>of()::get).parse(PIPELINE, "chain"));
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long fiveSteps() {
    long cpuBefore = THREADS.getCurrentThreadCpuTime();
    // A new chain per pass: deduplicate keeps its keys for the whole stream.
    StepChain chain = StepChain.build(plan.links(), FlightsData.RAW_SCHEMA, plan.stepContext("flights"));
    long out = 0;
    for (Batch b : batches) {
      out += chain.apply(b).size();
    }
    out += chain.finish().size();
    cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuBefore;
    cpuRows += ROWS;
    return out;
  }

  /**
   * Wall-clock throughput drops whenever another process takes the core; rows per CPU-second of the
   * benchmark thread is the figure "on one core" means, so each iteration prints it too.
   */
  @TearDown(Level.Iteration)
  public void printCpuRate() {
    if (cpuNanos > 0) {
      System.out.printf("%n  fiveSteps: %,.0f rows per CPU-second%n", cpuRows * 1e9 / cpuNanos);
    }
    cpuNanos = 0;
    cpuRows = 0;
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long referenceRowCopy() {
    long out = 0;
    for (Batch b : batches) {
      var rows = new java.util.ArrayList<Object[]>(b.size());
      for (Object[] r : b.rows()) {
        rows.add(r.clone());
      }
      out += new Batch(b.schema(), rows).size();
    }
    return out;
  }
}
