package io.dataaggregator.bench;

import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Rows shaped like the flights data set (date, delay, distance, origin, destination), made from a
 * fixed seed so every run measures the same input. The end-to-end benchmark uses the real file.
 */
final class FlightsData {
  static final Schema SCHEMA = Schema.of(
      Field.of("date", DataType.TIMESTAMP), Field.of("delay", DataType.INT), Field.of("distance", DataType.INT),
      Field.of("origin", DataType.STRING), Field.of("destination", DataType.STRING));
  private static final String[] AIRPORTS = {"LAX", "SFO", "ATL", "ORD", "DFW", "DEN", "JFK", "SEA", "LAS", "PHX",
      "IAH", "MIA", "BOS", "MSP", "DTW", "PHL", "LGA", "BWI", "SLC", "SAN"};
  static final int BATCH = 4096;

  /**
   * The real flights rows as a CSV source hands them over before any cast: date typed, delay still
   * text (the chain's cast parses it), distance a number.
   */
  static final Schema RAW_SCHEMA = Schema.of(
      Field.of("date", DataType.TIMESTAMP), Field.of("delay", DataType.STRING), Field.of("distance", DataType.INT),
      Field.of("origin", DataType.STRING), Field.of("destination", DataType.STRING));

  private FlightsData() {}

  /**
   * The first {@code rows} rows of {@code bench/data/flights.csv} (vega-datasets, written by
   * {@code bench/fetch-data.sh}; the system property {@code bench.flights} names another copy).
   */
  static List<Batch> realBatches(int rows) {
    Path file = Path.of(System.getProperty("bench.flights", "bench/data/flights.csv"));
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file.toAbsolutePath() + " is missing: run bench/fetch-data.sh first");
    }
    var batches = new ArrayList<Batch>();
    var current = new ArrayList<Object[]>(BATCH);
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      // The file has no quotes and no empty values (see bench/README.md), so a split reads it.
      for (String line : (Iterable<String>) lines.skip(1).limit(rows)::iterator) {
        String[] v = line.split(",", -1);
        current.add(new Object[] {LocalDateTime.parse(v[0]), v[1], Integer.parseInt(v[2]), v[3], v[4]});
        if (current.size() == BATCH) {
          batches.add(new Batch(RAW_SCHEMA, current));
          current = new ArrayList<>(BATCH);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (!current.isEmpty()) {
      batches.add(new Batch(RAW_SCHEMA, current));
    }
    return batches;
  }

  static List<Batch> batches(int rows) {
    var random = new SplittableRandom(42);
    var batches = new ArrayList<Batch>();
    var current = new ArrayList<Object[]>(BATCH);
    LocalDateTime start = LocalDateTime.of(2001, 1, 1, 0, 0);
    for (int i = 0; i < rows; i++) {
      current.add(new Object[] {start.plusMinutes(i / 20), random.nextInt(-30, 300), random.nextInt(50, 3000),
          AIRPORTS[random.nextInt(AIRPORTS.length)], AIRPORTS[random.nextInt(AIRPORTS.length)]});
      if (current.size() == BATCH) {
        batches.add(new Batch(SCHEMA, current));
        current = new ArrayList<>(BATCH);
      }
    }
    if (!current.isEmpty()) {
      batches.add(new Batch(SCHEMA, current));
    }
    return batches;
  }

  static void writeCsv(Path file, int rows) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("date,delay,distance,origin,destination\n");
      for (Batch b : batches(rows)) {
        for (Object[] r : b.rows()) {
          out.write(r[0] + ":00," + r[1] + "," + r[2] + "," + r[3] + "," + r[4] + "\n");
        }
      }
    }
  }
}
