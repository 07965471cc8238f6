package io.dataaggregator.connector.file.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.connector.file.Reading;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Schema;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSourceTest {
  private final JsonSource source = new JsonSource();
  @TempDir Path dir;

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(JsonSourceTest.class.getResource("/json/" + name).toURI());
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void readsJsonLinesWithUnionOfKeysAndNestedValuesAsOriginalJson() throws Exception {
    Reading r = Reading.of(source, JsonSourceConfig.of(fixture("events.jsonl").toString()));
    assertThat(r.stream().name()).isEqualTo("events");
    assertThat(r.stream().schema())
        .isEqualTo(
            Schema.of(
                Field.of("id", DataType.BIGINT),
                Field.of("name", DataType.STRING),
                Field.of("score", DataType.DOUBLE),
                Field.of("active", DataType.BOOLEAN),
                Field.of("tags", DataType.JSON),
                Field.of("meta", DataType.JSON),
                Field.of("extra", DataType.STRING)));
    assertThat(r.values())
        .containsExactly(
            Arrays.asList(
                1L,
                "alpha",
                1.5,
                true,
                new JsonText("[\"a\", \"b\"]"),
                new JsonText("{\"x\": 1, \"y\": [true, null]}"),
                null),
            Arrays.asList(2L, "beta", 2.0, false, new JsonText("[]"), null, null),
            Arrays.asList(
                3L, null, -0.25, true, new JsonText("[\"c\"]"), new JsonText("{}"), "late key"));
    assertThat(r.rejections()).isEmpty();
  }

  @Test
  void readsPrettyPrintedArrayDetectedAutomatically() throws Exception {
    Reading r = Reading.of(source, JsonSourceConfig.of(fixture("events.json").toString()));
    assertThat(r.stream().schema().fields())
        .extracting(Field::type)
        .containsExactly(DataType.BIGINT, DataType.STRING, DataType.DOUBLE, DataType.JSON);
    assertThat(r.values())
        .containsExactly(
            List.of(
                1L,
                "alpha \"quoted\", [not nested]",
                1.5,
                new JsonText("{\"deep\": [1, 2, {\"k\": \"v}\"}]}")),
            Arrays.asList(9007199254740993L, "beta", 2000.0, null));
  }

  @Test
  void typesStringsThroughConfiguredColumnsAndAddsKeysMissingFromTheSample() throws IOException {
    Path p =
        write("t.jsonl", "{\"at\": \"2024-01-02T03:04:05+01:00\", \"price\": 12.50, \"n\": 5}\n");
    var config =
        new JsonSourceConfig(
            p.toString(),
            null,
            null,
            null,
            Map.of("at", "timestamp_tz", "price", "decimal(10,2)", "later", "int", "n", "string"),
            null);
    Reading r = Reading.of(source, config);
    assertThat(r.stream().schema().names()).containsExactly("at", "price", "n", "later");
    assertThat(r.values())
        .containsExactly(
            Arrays.asList(
                OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(1)),
                new java.math.BigDecimal("12.50"),
                "5",
                null));
  }

  @Test
  void readsGzipFolderAndGlobWithByteOrderMark() throws IOException {
    Path gz = dir.resolve("logs/b.jsonl.gz");
    Files.createDirectories(gz.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("{\"n\": 2}\n{\"n\": 3}\n".getBytes(StandardCharsets.UTF_8));
    }
    Path a = dir.resolve("logs/a.json");
    byte[] body = "[{\"n\": 1}]".getBytes(StandardCharsets.UTF_8);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Files.write(a, bom);
    Files.write(a, body, java.nio.file.StandardOpenOption.APPEND);
    Reading folder = Reading.of(source, JsonSourceConfig.of(dir.resolve("logs").toString()));
    assertThat(folder.stream().name()).isEqualTo("logs");
    assertThat(folder.values()).containsExactly(List.of(1L), List.of(2L), List.of(3L));
    Reading glob = Reading.of(source, JsonSourceConfig.of(dir + "/logs/*.gz"));
    assertThat(glob.values()).containsExactly(List.of(2L), List.of(3L));
  }

  @Test
  void readsExplicitFormatAndEmptyFileWithColumns() throws IOException {
    Path p = write("one.txt", "  [ ]  ");
    var array = new JsonSourceConfig(p.toString(), null, "array", null, Map.of("x", "int"), null);
    assertThat(Reading.of(source, array).rows()).isEmpty();
    Path empty = write("empty.jsonl", "");
    var lines =
        new JsonSourceConfig(empty.toString(), "s", "lines", null, Map.of("x", "int"), null);
    Reading r = Reading.of(source, lines);
    assertThat(r.stream().name()).isEqualTo("s");
    assertThat(r.rows()).isEmpty();
  }
}
