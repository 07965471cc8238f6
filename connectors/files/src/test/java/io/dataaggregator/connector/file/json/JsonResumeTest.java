package io.dataaggregator.connector.file.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.connector.file.Reading;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonResumeTest {
  private final JsonSource source = new JsonSource();
  @TempDir Path dir;

  private void assertEveryCheckpointResumesExactly(JsonSourceConfig config, int expectedRows) {
    Reading all = Reading.of(source, config);
    assertThat(all.rows()).hasSize(expectedRows);
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
  }

  @Test
  void resumesJsonLinesExactlyAfterEachBatch() throws IOException {
    Path p = dir.resolve("e.jsonl");
    try (Writer w = Files.newBufferedWriter(p)) {
      for (int i = 0; i < 10_000; i++) {
        w.write(
            i % 1000 == 500
                ? "{broken\n"
                : "{\"i\": " + i + ", \"s\": \"line " + i + "\", \"o\": {\"k\": [" + i + "]}}\r\n");
      }
    }
    assertEveryCheckpointResumesExactly(JsonSourceConfig.of(p.toString()), 9990);
  }

  @Test
  void resumesPrettyPrintedArrayExactlyAfterEachBatch() throws IOException {
    Path p = dir.resolve("e.json");
    try (Writer w = Files.newBufferedWriter(p)) {
      w.write("[\n");
      for (int i = 0; i < 9000; i++) {
        w.write(
            (i == 0 ? "" : ",\n")
                + "  {\n    \"i\": "
                + i
                + ",\n    \"s\": \"a \\\"q\\\" ]}\"\n  }");
      }
      w.write("\n]\n");
    }
    assertEveryCheckpointResumesExactly(JsonSourceConfig.of(p.toString()), 9000);
  }
}
