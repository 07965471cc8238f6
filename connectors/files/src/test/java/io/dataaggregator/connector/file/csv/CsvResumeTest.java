package io.dataaggregator.connector.file.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.connector.file.FileErrorCode;
import io.dataaggregator.connector.file.FilePosition;
import io.dataaggregator.connector.file.Reading;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.Batch;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvResumeTest {
  private final CsvSource source = new CsvSource();
  @TempDir Path dir;

  /** Rows whose text spans lines and holds quotes, and a bad row now and then. */
  static void writeRows(Writer w, int from, int to) throws IOException {
    for (int i = from; i < to; i++) {
      if (i % 1000 == 999) {
        w.write(i + ",too,many,fields\n");
      } else if (i % 7 == 0) {
        w.write(i + ",\"line one\nline \"\"two\"\"\"\r\n");
      } else {
        w.write(i + ",text " + i + "\n");
      }
    }
  }

  private Path csv(String name, int from, int to, boolean gzip) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    try (OutputStream raw = Files.newOutputStream(p);
        OutputStream out = gzip ? new GZIPOutputStream(raw) : raw;
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      w.write("id,text\n");
      writeRows(w, from, to);
    }
    return p;
  }

  /**
   * Reads everything, then resumes from each checkpoint and checks the rest is exactly the tail.
   */
  private void assertEveryCheckpointResumesExactly(CsvSourceConfig config) {
    Reading all = Reading.of(source, config);
    assertThat(all.checkpoints()).hasSizeGreaterThan(2);
    int consumed = 0;
    int rejected = 0;
    for (int b = 0; b < all.checkpoints().size(); b++) {
      consumed += all.batchSizes().get(b);
      rejected += all.batchRejections().get(b);
      Reading rest = Reading.of(source, config, all.stream(), all.checkpoints().get(b));
      assertThat(rest.values()).isEqualTo(all.values().subList(consumed, all.rows().size()));
      assertThat(rest.rejections())
          .isEqualTo(all.rejections().subList(rejected, all.rejections().size()));
    }
    assertThat(Reading.of(source, config, all.stream(), all.checkpoints().getLast()).rows())
        .isEmpty();
  }

  @Test
  void resumesMidFileExactlyAfterTheLastBatch() throws IOException {
    Path p = csv("big.csv", 0, 10_000, false);
    var config = CsvSourceConfig.of(p.toString());
    Reading all = Reading.of(source, config);
    assertThat(all.rows()).hasSize(9990);
    assertThat(all.rejections()).hasSize(10);
    Checkpoint first = all.checkpoints().getFirst();
    FilePosition at = FilePosition.of(first);
    assertThat(at.file()).isEqualTo(p.toString());
    assertThat(at.line()).isGreaterThan(4096);
    Reading rest = Reading.of(source, config, all.stream(), first);
    assertThat(rest.values()).isEqualTo(all.values().subList(4096, 9990));
    assertEveryCheckpointResumesExactly(config);
  }

  @Test
  void resumesInsideGzipFiles() throws IOException {
    csv("gz/a.csv.gz", 0, 6000, true);
    csv("gz/b.csv.gz", 6000, 9000, true);
    assertEveryCheckpointResumesExactly(CsvSourceConfig.of(dir.resolve("gz").toString()));
  }

  @Test
  void resumesInsideATranscodedUtf16File() throws IOException {
    Path p = dir.resolve("wide.csv");
    try (OutputStream out = Files.newOutputStream(p);
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_16LE)) {
      w.write("\uFEFFid,text\n");
      writeRows(w, 0, 9000);
    }
    assertEveryCheckpointResumesExactly(CsvSourceConfig.of(p.toString()));
  }

  @Test
  void resumesAcrossFilesOfAFolder() throws IOException {
    csv("many/1.csv", 0, 3000, false);
    csv("many/2.csv", 3000, 5000, false);
    csv("many/3.csv", 5000, 12000, false);
    assertEveryCheckpointResumesExactly(CsvSourceConfig.of(dir.resolve("many").toString()));
  }

  @Test
  void checkpointLineNumbersMatchTheFile() throws IOException {
    Path p = csv("lines.csv", 0, 5000, false);
    Reading all = Reading.of(source, CsvSourceConfig.of(p.toString()));
    FilePosition at = FilePosition.of(all.checkpoints().getFirst());
    String before =
        new String(Files.readAllBytes(p), StandardCharsets.UTF_8).substring(0, (int) at.offset());
    assertThat(at.line()).isEqualTo(before.chars().filter(c -> c == '\n').count() + 1);
    assertThat(all.rejections().getFirst().position()).isEqualTo(lineOf(p, "999,too"));
  }

  private static long lineOf(Path p, String prefix) throws IOException {
    List<String> lines = Files.readAllLines(p);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i + 1;
      }
    }
    return -1;
  }

  @Test
  void reportsProgressInBytes() throws IOException {
    Path p = csv("progress.csv", 0, 20_000, false);
    var config = CsvSourceConfig.of(p.toString());
    var stream = source.discover(config).streams().getFirst();
    try (BatchReader reader = source.read(config, stream, Checkpoint.START)) {
      assertThat(reader.bytesTotal()).isEqualTo(Files.size(p));
      long last = 0;
      for (Batch b = reader.next(); b != null; b = reader.next()) {
        assertThat(reader.bytesRead()).isGreaterThanOrEqualTo(last);
        last = reader.bytesRead();
      }
      assertThat(last).isEqualTo(Files.size(p));
    }
  }

  @Test
  void rejectsACheckpointItDidNotWrite() throws IOException {
    Path p = csv("c.csv", 0, 10, false);
    var config = CsvSourceConfig.of(p.toString());
    var stream = source.discover(config).streams().getFirst();
    assertThatThrownBy(() -> source.read(config, stream, new Checkpoint("{\"cursor\": 5}")))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(FileErrorCode.BAD_CHECKPOINT));
  }
}
