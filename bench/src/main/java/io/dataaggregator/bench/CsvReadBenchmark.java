package io.dataaggregator.bench;

import io.dataaggregator.connector.file.csv.CsvSource;
import io.dataaggregator.connector.file.csv.CsvSourceConfig;
import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.type.Batch;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CSV source turning a flights file into typed batches, against the reference of merely
 * splitting its lines with the JDK (no types, no quoting, no checks). Scores are rows per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CsvReadBenchmark {
  static final int ROWS = 500_000;

  private Path dir;
  private Path file;
  private final CsvSource source = new CsvSource();
  private CsvSourceConfig config;

  @Setup
  public void write() throws IOException {
    dir = Files.createTempDirectory("csv-bench");
    file = dir.resolve("flights.csv");
    FlightsData.writeCsv(file, ROWS);
    config = ConfigBinder.bind(Map.of("path", file.toString(), "columns",
        Map.of("date", "timestamp", "delay", "int", "distance", "int", "origin", "string", "destination", "string")),
        CsvSourceConfig.class, "csv");
  }

  @TearDown
  public void delete() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long typedBatches() {
    var stream = source.discover(config).streams().getFirst();
    long rows = 0;
    try (BatchReader reader = source.read(config, stream, Checkpoint.START)) {
      for (Batch b = reader.next(); b != null; b = reader.next()) {
        rows += b.size();
      }
    }
    return rows;
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long referenceLineSplit() throws IOException {
    long fields = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        fields += line.split(",", -1).length;
      }
    }
    return fields;
  }
}
