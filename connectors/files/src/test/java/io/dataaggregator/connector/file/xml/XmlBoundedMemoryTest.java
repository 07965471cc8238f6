package io.dataaggregator.connector.file.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dataaggregator.connector.file.FileBatchReader;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.type.Batch;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs in a fork with a 64 MiB heap (see the module's pom): the file is several times larger than
 * the heap, so a reader that held it, or more than a few batches, would run out of memory.
 */
class XmlBoundedMemoryTest {
  private static final int RECORDS = 600_000;
  @TempDir Path dir;

  @Test
  void readsAFileSeveralTimesLargerThanTheHeapBatchByBatch() throws IOException {
    // Meaningful only with a small heap; the bounded-memory surefire execution gives 64 MiB.
    assumeTrue(Runtime.getRuntime().maxMemory() < 128L << 20, "needs the -Xmx64m fork");
    Path file = dir.resolve("big.xml");
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("<orders>\n");
      for (int i = 0; i < RECORDS; i++) {
        w.write("<order id='" + i + "' status='shipped'><customer>customer number " + i
            + "</customer><total>" + (i % 10_000) / 100.0 + "</total><lines><line sku='A-" + i
            + "' qty='2'/><line sku='B-" + i + "' qty='1'/></lines><note>"
            + "lorem ipsum dolor sit amet, consectetur adipiscing elit ".repeat(3)
            + "</note></order>\n");
      }
      w.write("</orders>\n");
    }
    long size = Files.size(file);
    assertThat(size).isGreaterThan(3 * Runtime.getRuntime().maxMemory());
    var source = new XmlSource();
    var config = XmlSourceConfig.of(file.toString(), "/orders/order");
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
      assertThat(reader.bytesRead()).isEqualTo(size);
    }
    assertThat(rows).isEqualTo(RECORDS);
    assertThat(idSum).isEqualTo((long) RECORDS * (RECORDS - 1) / 2);
    assertThat(largest).isEqualTo(FileBatchReader.BATCH_ROWS);
  }
}
