package io.dataaggregator.connector.file.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.connector.file.FileBatchReader;
import io.dataaggregator.connector.file.Reading;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLargeFileTest {
  private static final int ROWS = 200_000;
  @TempDir Path dir;

  @Test
  void readsTwoHundredThousandRowsInBoundedBatches() throws IOException {
    Path p = dir.resolve("large.csv");
    try (BufferedWriter w = Files.newBufferedWriter(p)) {
      w.write("id,day,amount,label\n");
      for (int i = 0; i < ROWS; i++) {
        w.write(
            i + ",2024-01-" + (10 + i % 20) + "," + (i % 1000) / 4.0 + ",\"label, " + i + "\"\n");
      }
    }
    Reading r = Reading.of(new CsvSource(), CsvSourceConfig.of(p.toString()));
    assertThat(r.rows()).hasSize(ROWS);
    assertThat(r.rejections()).isEmpty();
    assertThat(r.batchSizes()).allMatch(n -> n <= FileBatchReader.BATCH_ROWS);
    assertThat(r.batchSizes())
        .hasSize((ROWS + FileBatchReader.BATCH_ROWS - 1) / FileBatchReader.BATCH_ROWS);
    long idSum = r.rows().stream().mapToLong(row -> (Integer) row[0]).sum();
    assertThat(idSum).isEqualTo((long) ROWS * (ROWS - 1) / 2);
    assertThat(r.values().get(123_457))
        .containsExactly(123_457, java.time.LocalDate.of(2024, 1, 27), 114.25, "label, 123457");
  }
}
