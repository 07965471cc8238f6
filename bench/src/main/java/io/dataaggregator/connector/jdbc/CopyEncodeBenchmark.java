package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encoding flights rows for PostgreSQL's COPY, binary and text, in rows per second. Lives in the
 * connector's package to reach its package-private encoders; the database is left out on purpose.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CopyEncodeBenchmark {
  static final int ROWS = 200_000;
  private static final Schema SCHEMA = Schema.of(
      Field.of("date", DataType.TIMESTAMP), Field.of("delay", DataType.INT), Field.of("distance", DataType.INT),
      Field.of("origin", DataType.STRING), Field.of("destination", DataType.STRING));
  private static final List<DbColumn> COLUMNS = List.of(
      new DbColumn("date", "timestamp", -1, "timestamp", "D", true),
      new DbColumn("delay", "int4", -1, "integer", "N", true),
      new DbColumn("distance", "int4", -1, "integer", "N", true),
      new DbColumn("origin", "text", -1, "text", "S", true),
      new DbColumn("destination", "text", -1, "text", "S", true));

  private List<Object[]> rows;

  @Setup
  public void prepare() {
    var random = new SplittableRandom(7);
    rows = new ArrayList<>(ROWS);
    for (int i = 0; i < ROWS; i++) {
      rows.add(new Object[] {LocalDateTime.of(2001, 1, 1, 0, 0).plusMinutes(i), random.nextInt(-30, 300),
          random.nextInt(50, 3000), "LAX", "JFK"});
    }
    new Batch(SCHEMA, rows);
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public int binary() throws BadValueException {
    return encode(new CopyBinaryEncoder(SCHEMA, COLUMNS));
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public int text() throws BadValueException {
    return encode(new CopyTextEncoder(1 << 16));
  }

  private int encode(CopyEncoder encoder) throws BadValueException {
    int bytes = 0;
    for (Object[] r : rows) {
      encoder.row(r);
      if (encoder.length() > 1 << 20) {
        bytes += encoder.length();
        encoder.reset();
      }
    }
    return bytes + encoder.length();
  }
}
