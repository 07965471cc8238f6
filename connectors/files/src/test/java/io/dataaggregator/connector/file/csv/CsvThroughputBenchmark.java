package io.dataaggregator.connector.file.csv;

import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.type.Batch;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Informal throughput of the CSV source on a generated 1M-row, 5-column file: a main program in the
 * test sources (speed is printed, never asserted in tests). Run it with the test class path, e.g.
 * {@code java -cp target/classes:target/test-classes:$(deps) ...CsvThroughputBenchmark}.
 */
final class CsvThroughputBenchmark {
  private CsvThroughputBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path file = Files.createTempFile("bench", ".csv");
    file.toFile().deleteOnExit();
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("id,date,delay,distance,origin\n");
      for (int i = 0; i < 1_000_000; i++) {
        w.write(
            i
                + ",2001-01-"
                + (10 + i % 20)
                + " 0"
                + (i % 10)
                + ":15,"
                + (i % 97 - 20)
                + ","
                + (i % 3000) * 1.25
                + ",\""
                + (char) ('A' + i % 26)
                + "BC\"\n");
      }
    }
    var source = new CsvSource();
    var config = CsvSourceConfig.of(file.toString());
    var typed = source.discover(config).streams().getFirst();
    var text =
        io.dataaggregator.engine.spi.CatalogStream.of(
            typed.name(),
            new io.dataaggregator.engine.type.Schema(
                typed.schema().fields().stream()
                    .map(f -> f.withType(io.dataaggregator.engine.type.DataType.STRING))
                    .toList()));
    for (int round = 0; round < 10; round++) {
      var stream = round % 2 == 0 ? typed : text;
      long t0 = System.nanoTime();
      long rows = 0;
      try (BatchReader reader = source.read(config, stream, Checkpoint.START)) {
        for (Batch b = reader.next(); b != null; b = reader.next()) {
          rows += b.size();
        }
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "%s round %d: %d rows in %.3f s = %.0f rows/s (%.1f MB/s)%n",
          round % 2 == 0 ? "typed  " : "strings",
          round,
          rows,
          s,
          rows / s,
          Files.size(file) / s / 1e6);
    }
  }
}
