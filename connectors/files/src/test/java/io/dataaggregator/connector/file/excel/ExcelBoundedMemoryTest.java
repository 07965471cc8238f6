package io.dataaggregator.connector.file.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dataaggregator.connector.file.FileBatchReader;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs in a fork with a 64 MiB heap (see the module's pom): writes a sheet whose XML is several
 * times the heap through the destination, batch by batch, and streams it back.
 */
class ExcelBoundedMemoryTest {
  private static final int ROWS = 1_000_000;
  @TempDir Path dir;

  @Test
  void writesAndReadsASheetMuchLargerThanTheHeap() {
    assumeTrue(Runtime.getRuntime().maxMemory() < 128L << 20, "needs the -Xmx64m fork");
    var schema =
        Schema.of(
            Field.of("id", DataType.INT),
            Field.of("day", DataType.DATE),
            Field.of("amount", DataType.decimal(12, 2)),
            Field.of("status", DataType.STRING));
    var target = new ExcelDestinationConfig(dir.toString(), "big");
    try (BatchWriter w =
        new ExcelDestination()
            .open(
                target,
                new WriteTarget("p", "orders", "orders", schema, WriteMode.OVERWRITE, List.of()))) {
      for (int from = 0; from < ROWS; from += 4096) {
        var rows = new ArrayList<Object[]>();
        for (int i = from; i < Math.min(ROWS, from + 4096); i++) {
          rows.add(new Object[] {i, LocalDate.of(2024, 1, 1).plusDays(i % 366),
              BigDecimal.valueOf(i % 100_000, 2), i % 3 == 0 ? "open" : "shipped"});
        }
        w.write(new Batch(schema, rows));
      }
      w.commit(Checkpoint.START);
      w.finish();
    }
    var source = new ExcelSource();
    var config = ExcelSourceConfig.of(dir.resolve("big.xlsx").toString());
    CatalogStream stream = source.discover(config).streams().getFirst();
    long rows = 0;
    long idSum = 0;
    int largest = 0;
    try (BatchReader reader = source.read(config, stream, Checkpoint.START)) {
      for (Batch b = reader.next(); b != null; b = reader.next()) {
        largest = Math.max(largest, b.size());
        rows += b.size();
        for (Object[] row : b.rows()) {
          idSum += (Integer) row[0];
        }
      }
    }
    assertThat(rows).isEqualTo(ROWS);
    assertThat(idSum).isEqualTo((long) ROWS * (ROWS - 1) / 2);
    assertThat(largest).isEqualTo(FileBatchReader.BATCH_ROWS);
  }
}
