package io.dataaggregator.engine.transform;

import io.dataaggregator.engine.type.Batch;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Informal throughput of the issue's five-step chain on one thread (the JMH benchmark in bench/ is
 * the reference). Tagged "benchmark": surefire skips it; run it with {@link #main}.
 *
 * <p>The 500 flights are repeated into batches of 4,096 rows with a distinct date per copy, so
 * deduplicate keeps growing its state as it would on a long run.
 */
@Tag("benchmark")
class ChainThroughput {
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("prefixes")) {
      Batch flights = TestData.json("flights-500.json");
      String[] lines = FiveStepChainTest.CHAIN.strip().split("\n");
      for (int n = 1; n <= lines.length; n++) {
        String chain = String.join("\n", java.util.Arrays.copyOf(lines, n));
        measure("first " + n + " steps", flights, chain, 3);
      }
      return;
    }
    new ChainThroughput().measure();
  }

  @Test
  void measure() {
    measure("json types (delay bigint -> int)", TestData.json("flights-500.json"));
    measure("text (delay string -> int)", textDelay(TestData.json("flights-500.json")));
  }

  private static void measure(String label, Batch flights) {
    measure(label, flights, FiveStepChainTest.CHAIN, 5);
  }

  private static void measure(String label, Batch flights, String yaml, int rounds) {
    List<Batch> batches = batches(flights, 4_096, 2_000_000);
    for (int round = 0; round < rounds; round++) {
      StepChain chain = Steps.chain(yaml, flights.schema());
      long rows = 0;
      var threads = ManagementFactory.getThreadMXBean();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      for (Batch batch : batches) {
        chain.apply(batch);
        rows += batch.size();
      }
      chain.finish();
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      // Wall time suffers when the machine is shared; the thread's CPU time is the one-core cost
      // (garbage collection runs on other threads and is not in it).
      System.out.printf(
          "%s round %d: %,.0f rows/s wall, %,.0f rows per CPU second (%,d rows, %,d out)%n",
          label,
          round,
          rows / seconds,
          rows / cpuSeconds,
          rows,
          chain.counts().getLast().rowsOut());
    }
  }

  /** Delay as the text a CSV holds, the rest as JSON gives it. */
  private static Batch textDelay(Batch flights) {
    var fields = new ArrayList<>(flights.schema().fields());
    fields.set(1, fields.get(1).withType(io.dataaggregator.engine.type.DataType.STRING));
    var rows =
        flights.rows().stream()
            .map(
                r -> {
                  Object[] copy = r.clone();
                  copy[1] = String.valueOf(copy[1]);
                  return copy;
                })
            .toList();
    return new Batch(new io.dataaggregator.engine.type.Schema(fields), rows);
  }

  private static List<Batch> batches(Batch flights, int size, int total) {
    var batches = new ArrayList<Batch>();
    var rows = new ArrayList<Object[]>(size);
    int dateIndex = flights.schema().require("date");
    for (int n = 0; n < total; n++) {
      Object[] row = flights.rows().get(n % flights.size()).clone();
      row[dateIndex] = row[dateIndex] + "#" + (n / flights.size());
      rows.add(row);
      if (rows.size() == size) {
        batches.add(new Batch(flights.schema(), rows));
        rows = new ArrayList<>(size);
      }
    }
    return batches;
  }
}
