package io.dataaggregator.connector.file.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.connector.file.FileErrorCode;
import io.dataaggregator.connector.file.Reading;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.Rejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonBadInputTest {
  private final JsonSource source = new JsonSource();
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static ConnectorException failure(Runnable r) {
    try {
      r.run();
    } catch (ConnectorException e) {
      return e;
    }
    throw new AssertionError("expected a ConnectorException");
  }

  @Test
  void rejectsInvalidJsonLinesWithLineNumberAndRawTextAndKeepsReading() throws IOException {
    Path p =
        write(
            "bad.jsonl",
            "{\"a\": 1}\n{\"a\": tru}\n\n{\"a\": 3}\n[1, 2]\n{\"a\": 4} x\n{\"a\": 5}\n");
    Reading r = Reading.of(source, JsonSourceConfig.of(p.toString()));
    assertThat(r.values()).containsExactly(List.of(1L), List.of(3L), List.of(5L));
    assertThat(r.rejections()).extracting(Rejection::position).containsExactly(2L, 5L, 6L);
    assertThat(r.rejections())
        .extracting(Rejection::raw)
        .containsExactly("{\"a\": tru}", "[1, 2]", "{\"a\": 4} x");
    assertThat(r.reasons().get(0))
        .startsWith("file " + p + " line 2 column 7: not valid JSON: Unrecognized token 'tru'");
    assertThat(r.reasons().get(1))
        .isEqualTo("file " + p + " line 5: not a JSON object but an array");
    assertThat(r.reasons().get(2)).startsWith("file " + p + " line 6 column 10: not valid JSON");
  }

  @Test
  void rejectsLineWithInvalidUtf8() throws IOException {
    Path p = dir.resolve("utf.jsonl");
    byte[] bad = "{\"a\": \"x\u00ff\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(p, bad);
    Files.write(
        p,
        "{\"a\": \"ok\"}\n".getBytes(StandardCharsets.UTF_8),
        java.nio.file.StandardOpenOption.APPEND);
    var config = new JsonSourceConfig(p.toString(), null, null, null, Map.of("a", "string"), null);
    Reading r = Reading.of(source, config);
    assertThat(r.values()).containsExactly(List.of("ok"));
    assertThat(r.reasons()).singleElement().asString().contains("line 1").contains("Invalid UTF-8");
  }

  @Test
  void rejectsValueThatDoesNotFitItsConfiguredType() throws IOException {
    Path p = write("v.jsonl", "{\"d\": \"2024-01-01\"}\n{\"d\": \"soon\"}\n{\"d\": {\"x\": 1}}\n");
    var config = new JsonSourceConfig(p.toString(), null, null, null, Map.of("d", "date"), null);
    Reading r = Reading.of(source, config);
    assertThat(r.rows()).hasSize(1);
    assertThat(r.reasons())
        .containsExactly(
            "file " + p + " line 2, field 'd': 'soon' is not a date",
            "file " + p + " line 3, field 'd': '{\"x\": 1}' is not a date");
    assertThat(r.rejections()).extracting(Rejection::field).containsExactly("d", "d");
  }

  @Test
  void failsOnArrayFileSyntaxErrorNamingLineAndColumn() throws IOException {
    Path p = write("broken.json", "[\n  {\"a\": 1},\n  {\"a\": 2,,}\n]\n");
    var e =
        failure(
            () ->
                Reading.of(
                    source,
                    new JsonSourceConfig(
                        p.toString(), null, null, null, Map.of("a", "int"), null)));
    assertThat(e.errorCode()).isEqualTo(JsonErrorCode.SYNTAX);
    assertThat(e.getMessage())
        .startsWith("file " + p + " line 3 column 11: Unexpected character (','");
  }

  @Test
  void failsOnArrayStructureErrors() throws IOException {
    Path missingComma = write("a.json", "[{\"a\": 1}\n {\"a\": 2}]");
    assertThat(
            failure(() -> source.discover(JsonSourceConfig.of(missingComma.toString())))
                .getMessage())
        .isEqualTo(
            "file "
                + missingComma
                + " line 2 column 2 (byte offset 11): expected ',' or ']' after an element");
    Path unclosed = write("b.json", "[{\"a\": 1},\n{\"a\": 2}");
    assertThat(
            failure(() -> source.discover(JsonSourceConfig.of(unclosed.toString()))).getMessage())
        .isEqualTo(
            "file "
                + unclosed
                + " line 2 column 9 (byte offset 19): the array is not closed: expected ']'");
    Path trailing = write("c.json", "[{\"a\": 1},]");
    assertThat(
            failure(() -> source.discover(JsonSourceConfig.of(trailing.toString()))).getMessage())
        .endsWith("expected an element after ','");
  }

  @Test
  void failsOnFileThatIsNotJson() throws IOException {
    Path p = write("x.json", "id,name\n1,a\n");
    var e = failure(() -> source.discover(JsonSourceConfig.of(p.toString())));
    assertThat(e.errorCode()).isEqualTo(JsonErrorCode.NOT_JSON);
    assertThat(e.getMessage()).contains("file " + p + " starts with 'i'");
  }

  @Test
  void failsOnEmptyFileWithoutColumns() throws IOException {
    Path p = write("empty.jsonl", "\n\n");
    var e = failure(() -> source.discover(JsonSourceConfig.of(p.toString())));
    assertThat(e.errorCode()).isEqualTo(JsonErrorCode.EMPTY_FILE);
    assertThat(e.getMessage()).startsWith("file " + p + " holds no JSON object");
  }

  @Test
  void failsClearlyOnMissingPath() {
    var e = failure(() -> source.discover(JsonSourceConfig.of(dir + "/none/*.jsonl")));
    assertThat(e.errorCode()).isEqualTo(FileErrorCode.NOT_FOUND);
    assertThat(e.getMessage()).contains("matches no file").contains("does not exist");
    assertThatThrownBy(() -> source.discover(JsonSourceConfig.of(dir.resolve("x.json").toString())))
        .hasMessageContaining("does not exist");
  }
}
