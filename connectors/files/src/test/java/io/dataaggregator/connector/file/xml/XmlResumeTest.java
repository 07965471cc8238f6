package io.dataaggregator.connector.file.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.connector.file.Reading;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlResumeTest {
  @TempDir Path dir;

  @Test
  void resumesExactlyAfterEachBatchSkippingTheRecordsAlreadyRead() throws IOException {
    for (String name : new String[] {"a.xml", "b.xml"}) {
      try (Writer w = Files.newBufferedWriter(dir.resolve(name))) {
        w.write("<log>\n");
        for (int i = 0; i < 6000; i++) {
          String n = i % 1000 == 7 ? "x" + i : String.valueOf(i);
          w.write("  <e seq='" + n + "'><msg>" + name + " " + i + "</msg>");
          w.write("<tags><t>a</t></tags></e>\n");
        }
        w.write("</log>\n");
      }
    }
    var config =
        new XmlSourceConfig(
            dir.toString(), null, "e", null, Map.of("seq", "int"), null, null, null, null);
    var source = new XmlSource();
    Reading all = Reading.of(source, config);
    assertThat(all.rows()).hasSize(12_000 - 12);
    assertThat(all.rejections()).hasSize(12);
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
}
