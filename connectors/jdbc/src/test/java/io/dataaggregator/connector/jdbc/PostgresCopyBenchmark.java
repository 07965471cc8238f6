package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Informal throughput of the PostgreSQL connector, run by hand (not a test): reads a table, and
 * copies it into another table with a reader thread and a writer thread joined by a bounded queue,
 * as the runner does. Compare the copy with {@code psql -c "COPY t TO STDOUT" | psql -c "COPY t2
 * FROM STDIN"} on the same data.
 *
 * <pre>
 * java -cp ... io.dataaggregator.connector.jdbc.PostgresCopyBenchmark DATABASE TABLE [PARALLELISM
 *     [ROUNDS [read|copy|both|compare|write]]]
 * </pre>
 *
 * {@code write} writes a million generated rows of TABLE's schema into {@code TABLE_gen} (the
 * binary path) and into {@code TABLE_gen_text}, whose text columns are varchar (the text path).
 *
 * <pre>
 * </pre>
 */
public final class PostgresCopyBenchmark {
  private static final Batch END = new Batch(io.dataaggregator.engine.type.Schema.of(), List.of());

  private PostgresCopyBenchmark() {}

  public static void main(String[] args) throws Exception {
    var config =
        PostgresConfig.of("127.0.0.1", 5432, args[0], "postgres")
            .withReading(10_000, args.length > 2 ? Integer.parseInt(args[2]) : 1, 1_000_000);
    String table = args[1];
    CatalogStream stream = PgTestSupport.stream(config, table);
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    String what = args.length > 4 ? args[4] : "both";
    if (what.equals("write")) {
      for (int round = 0; round < rounds; round++) {
        write(config, stream, table + "_gen", false);
        write(config, stream, table + "_gen_text", true);
      }
      return;
    }
    if (what.equals("compare")) {
      compare(config, stream, rounds);
      return;
    }
    for (int round = 0; round < rounds; round++) {
      long t0 = System.nanoTime();
      long rows = 0;
      if (!what.equals("copy")) {
        rows = read(config, stream);
        report("read", rows, t0);
      }
      if (!what.equals("read")) {
        t0 = System.nanoTime();
        rows = copy(config, stream, table + "_copy");
        report("copy", rows, t0);
      }
    }
  }

  private static long read(PostgresConfig config, CatalogStream stream) {
    long rows = 0;
    try (BatchReader r = PgTestSupport.SOURCE.read(config, stream, Checkpoint.START)) {
      for (Batch b = r.next(); b != null; b = r.next()) {
        rows += b.size();
      }
    }
    return rows;
  }

  private static long copy(PostgresConfig config, CatalogStream stream, String into)
      throws Exception {
    BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(8);
    Thread reader =
        Thread.ofPlatform()
            .start(
                () -> {
                  try (BatchReader r =
                      PgTestSupport.SOURCE.read(config, stream, Checkpoint.START)) {
                    for (Batch b = r.next(); b != null; b = r.next()) {
                      queue.put(b);
                    }
                    queue.put(END);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
    long rows = 0;
    var target =
        new WriteTarget(
            "bench", stream.name(), into, stream.schema(), WriteMode.OVERWRITE, List.of());
    try (BatchWriter w = PgTestSupport.DESTINATION.open(config, target)) {
      w.resumeFrom();
      for (Batch b = queue.take(); b != END; b = queue.take()) {
        w.write(b);
        rows += b.size();
      }
      w.commit(Checkpoint.START);
      w.finish();
    }
    reader.join();
    return rows;
  }

  /**
   * Alternates the psql pipe and our copy, so that both see the same load on a shared machine, and
   * prints the ratio of the medians.
   */
  private static void compare(PostgresConfig config, CatalogStream stream, int rounds)
      throws Exception {
    String psql = "psql -h 127.0.0.1 -U postgres -q -d " + config.database();
    String t = stream.name();
    var ours = new java.util.ArrayList<Double>();
    var theirs = new java.util.ArrayList<Double>();
    for (int i = 0; i < rounds; i++) {
      shell(
          psql
              + " -c 'DROP TABLE IF EXISTS "
              + t
              + "_psql; CREATE TABLE "
              + t
              + "_psql (LIKE "
              + t
              + ")'");
      long t0 = System.nanoTime();
      shell(
          psql
              + " -c 'COPY "
              + t
              + " TO STDOUT' | "
              + psql
              + " -c 'COPY "
              + t
              + "_psql FROM STDIN'");
      theirs.add((System.nanoTime() - t0) / 1e9);
      t0 = System.nanoTime();
      copy(config, stream, t + "_copy");
      ours.add((System.nanoTime() - t0) / 1e9);
      System.out.printf("psql %.2f s, ours %.2f s%n", theirs.getLast(), ours.getLast());
    }
    ours.sort(null);
    theirs.sort(null);
    double a = ours.get(rounds / 2);
    double b = theirs.get(rounds / 2);
    System.out.printf("median: psql %.2f s, ours %.2f s, ratio %.2f%n", b, a, a / b);
  }

  private static void shell(String command) throws Exception {
    Process p = new ProcessBuilder("sh", "-c", command).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(command + " failed");
    }
  }

  private static void write(
      PostgresConfig config, CatalogStream stream, String into, boolean textPath) throws Exception {
    var schema = stream.schema();
    // the first million rows of the table, held in memory, so only writing is measured
    var batches = new java.util.ArrayList<Batch>();
    try (BatchReader r = PgTestSupport.SOURCE.read(config, stream, Checkpoint.START)) {
      long rows = 0;
      for (Batch b = r.next(); b != null && rows < 1_000_000; b = r.next()) {
        batches.add(b);
        rows += b.size();
      }
    }
    try (var c = JdbcConnections.open(PostgresDialect.INSTANCE, config);
        var s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + into);
      if (textPath) {
        s.execute("CREATE TABLE " + into + " (LIKE " + stream.name() + ")");
        for (var f : schema.fields()) {
          if (f.type().kind() == io.dataaggregator.engine.type.TypeKind.STRING) {
            s.execute("ALTER TABLE " + into + " ALTER COLUMN " + f.name() + " TYPE varchar(100)");
          }
        }
      }
      c.commit();
    }
    long t0 = System.nanoTime();
    long rows = 0;
    var target = new WriteTarget("bench", stream.name(), into, schema, WriteMode.APPEND, List.of());
    try (BatchWriter w = PgTestSupport.DESTINATION.open(config, target)) {
      for (Batch b : batches) {
        w.write(b);
        rows += b.size();
      }
      w.commit(Checkpoint.START);
      w.finish();
    }
    report(textPath ? "write (text COPY)" : "write (binary COPY)", rows, t0);
  }

  private static void report(String what, long rows, long t0) {
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("%s: %,d rows in %.2f s = %,.0f rows/s%n", what, rows, s, rows / s);
  }
}
