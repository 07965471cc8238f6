package io.dataaggregator.connector.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.connector.file.csv.CsvDestination;
import io.dataaggregator.connector.file.csv.CsvDestinationConfig;
import io.dataaggregator.connector.file.csv.CsvSource;
import io.dataaggregator.connector.file.csv.CsvSourceConfig;
import io.dataaggregator.connector.file.json.JsonDestination;
import io.dataaggregator.connector.file.json.JsonDestinationConfig;
import io.dataaggregator.connector.file.parquet.ParquetDestination;
import io.dataaggregator.connector.file.parquet.ParquetDestinationConfig;
import io.dataaggregator.connector.file.parquet.ParquetSource;
import io.dataaggregator.connector.file.parquet.ParquetSourceConfig;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rolling by max_file_bytes, and how appends and overwrites treat a table's set of files. */
class RollingFilesTest {
  static final Schema SCHEMA =
      Schema.of(Field.of("id", DataType.INT), Field.of("label", DataType.STRING));
  @TempDir Path dir;

  static Batch rows(int from, int to) {
    var rows = new ArrayList<Object[]>();
    for (int i = from; i < to; i++) {
      rows.add(new Object[] {i, "label number " + i});
    }
    return new Batch(SCHEMA, rows);
  }

  static WriteTarget target(WriteMode mode) {
    return new WriteTarget("p", "t", "t", SCHEMA, mode, List.of());
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void writeAll(BatchWriter w, Batch... batches) {
    try (w) {
      for (Batch b : batches) {
        w.write(b);
        w.commit(Checkpoint.START);
      }
      w.finish();
    }
  }

  private List<Integer> csvIds() {
    Reading r = Reading.of(new CsvSource(), CsvSourceConfig.of(dir.toString()));
    return r.rows().stream().map(row -> (Integer) row[0]).sorted().toList();
  }

  @Test
  void csvRollsOverOnceAFileReachesTheLimitEachWithItsHeader() throws IOException {
    var config = new CsvDestinationConfig(dir.toString(), 1000L);
    writeAll(new CsvDestination().open(config, target(WriteMode.OVERWRITE)), rows(0, 200));
    List<String> names = names();
    assertThat(names).startsWith("t-00001.csv", "t-00002.csv").endsWith("t.csv");
    assertThat(names.size()).isGreaterThanOrEqualTo(4);
    for (String name : names) {
      String text = Files.readString(dir.resolve(name));
      assertThat(text).startsWith("id,label\n");
      // Closed as soon as it reached the limit: at most one row over it.
      assertThat(text.length()).isLessThan(1000 + "199,label number 199\n".length());
    }
    assertThat(csvIds()).isEqualTo(IntStream.range(0, 200).boxed().toList());
  }

  @Test
  void overwriteReplacesALargerSetWithASmallerOneAndLeavesNothingBehind() throws IOException {
    var config = new CsvDestinationConfig(dir.toString(), 1000L);
    writeAll(new CsvDestination().open(config, target(WriteMode.OVERWRITE)), rows(0, 200));
    writeAll(new CsvDestination().open(config, target(WriteMode.OVERWRITE)), rows(500, 560));
    assertThat(names()).containsExactly("t-00001.csv", "t.csv");
    assertThat(csvIds()).isEqualTo(IntStream.range(500, 560).boxed().toList());
  }

  @Test
  void overwriteThatFailsLeavesTheOldSetAndRemovesItsStagingFolder() throws IOException {
    var config = new CsvDestinationConfig(dir.toString(), 1000L);
    writeAll(new CsvDestination().open(config, target(WriteMode.OVERWRITE)), rows(0, 100));
    List<String> before = names();
    try (BatchWriter w = new CsvDestination().open(config, target(WriteMode.OVERWRITE))) {
      w.write(rows(1000, 1300));
      w.commit(Checkpoint.START);
      assertThat(names()).hasSize(before.size() + 1).anyMatch(n -> n.endsWith(".staging"));
      assertThat(csvIds()).isEqualTo(IntStream.range(0, 100).boxed().toList());
    }
    assertThat(names()).isEqualTo(before);
    assertThat(csvIds()).isEqualTo(IntStream.range(0, 100).boxed().toList());
  }

  @Test
  void appendFillsTheLastFileThenStartsNewOnesAndUndoesWhatWasNotCommitted() throws IOException {
    var config = new JsonDestinationConfig(dir.toString(), 2000L);
    writeAll(new JsonDestination().open(config, target(WriteMode.APPEND)), rows(0, 20));
    assertThat(names()).containsExactly("t.jsonl");
    writeAll(new JsonDestination().open(config, target(WriteMode.APPEND)), rows(20, 60));
    assertThat(names()).containsExactly("t-00001.jsonl", "t.jsonl");
    assertThat(Files.size(dir.resolve("t.jsonl"))).isGreaterThanOrEqualTo(2000);
    var committed = new java.util.TreeMap<String, Long>();
    for (String name : names()) {
      committed.put(name, Files.size(dir.resolve(name)));
    }
    try (BatchWriter w = new JsonDestination().open(config, target(WriteMode.APPEND))) {
      w.write(rows(60, 200));
    }
    var after = new java.util.TreeMap<String, Long>();
    for (String name : names()) {
      after.put(name, Files.size(dir.resolve(name)));
    }
    assertThat(after).isEqualTo(committed);
  }

  @Test
  void parquetAppendAddsACompleteFilePerCommitAndRollsBySize() throws IOException {
    var config = new ParquetDestinationConfig(dir.toString(), 4096L, null, null, null);
    try (BatchWriter w = new ParquetDestination().open(config, target(WriteMode.APPEND))) {
      w.write(rows(0, 10));
      w.commit(Checkpoint.START);
      assertThat(names()).containsExactly("t.parquet");
      w.write(rows(10, 3000));
      w.commit(Checkpoint.START);
      w.write(rows(3000, 3100));
      // Not committed: not visible under a final name.
      assertThat(names()).filteredOn(n -> !n.startsWith(".")).allMatch(n -> n.endsWith(".parquet"));
    }
    List<String> names = names();
    assertThat(names).noneMatch(n -> n.startsWith("."));
    assertThat(names.size()).isGreaterThan(3);
    Reading r = Reading.of(new ParquetSource(), ParquetSourceConfig.of(dir.toString()));
    assertThat(r.rows().stream().map(row -> (Integer) row[0]).sorted().toList())
        .isEqualTo(IntStream.range(0, 3000).boxed().toList());
    for (String name : names) {
      // Rolled at the limit give or take a row group check and the footer.
      assertThat(Files.size(dir.resolve(name))).isLessThan(3 * 4096);
    }
  }
}
