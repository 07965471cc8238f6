package io.dataaggregator.connector.file.csv;

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

class CsvBadInputTest {
  private final CsvSource source = new CsvSource();
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private static CsvSourceConfig withColumns(Path p, Map<String, String> columns) {
    return new CsvSourceConfig(
        p.toString(), null, null, null, null, null, null, columns, null, null);
  }

  @Test
  void rejectsRowsWithTooManyOrTooFewFieldsAndKeepsReading() throws IOException {
    Path p = write("t.csv", "a,b\n1,2\n3,4,5\n6\n7,8\n");
    Reading r = Reading.of(source, CsvSourceConfig.of(p.toString()));
    assertThat(r.values()).containsExactly(List.of(1, 2), List.of(7, 8));
    assertThat(r.rejections())
        .extracting(Rejection::position, Rejection::raw)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "3,4,5"),
            org.assertj.core.groups.Tuple.tuple(4L, "6"));
    assertThat(r.reasons().get(0)).isEqualTo("file " + p + " line 3: 3 fields, expected 2");
    assertThat(r.rejections().get(0).stream()).isEqualTo("t");
  }

  @Test
  void rejectsOnlyTheFirstLineOfAQuoteLeftOpenUntilTheEnd() throws IOException {
    Path p = write("q.csv", "id,name\n1,ok\n2,\"broken\n3,fine\n4,also fine\n");
    Reading r = Reading.of(source, CsvSourceConfig.of(p.toString()));
    assertThat(r.values())
        .containsExactly(List.of(1, "ok"), List.of(3, "fine"), List.of(4, "also fine"));
    assertThat(r.rejections()).hasSize(1);
    Rejection bad = r.rejections().getFirst();
    assertThat(bad.position()).isEqualTo(3);
    assertThat(bad.raw()).isEqualTo("2,\"broken");
    assertThat(bad.reason())
        .startsWith(
            "file " + p + " line 3: the quoted field 2 is not closed before the end of the file");
  }

  @Test
  void rejectsTheStartLineOfAFieldLongerThanMaxFieldBytesAndKeepsLaterRows() throws IOException {
    var text = new StringBuilder("id,name\n1,\"runaway\n");
    for (int i = 2; i < 200; i++) {
      text.append(i).append(",row ").append(i).append('\n');
    }
    Path p = write("long.csv", text.toString());
    var config =
        new CsvSourceConfig(
            p.toString(), null, null, null, null, null, null, Map.of("id", "int"), null, 100);
    Reading r = Reading.of(source, config);
    assertThat(r.rows()).hasSize(198);
    assertThat(r.values().getFirst()).containsExactly(2, "row 2");
    assertThat(r.rejections())
        .singleElement()
        .satisfies(
            bad -> {
              assertThat(bad.position()).isEqualTo(2);
              assertThat(bad.raw()).isEqualTo("1,\"runaway");
              assertThat(bad.reason())
                  .contains("line 2")
                  .contains("field 2 is longer than max_field_bytes (100 bytes)");
            });
  }

  @Test
  void rejectsRowWithInvalidUtf8NamingTheByteOffset() throws IOException {
    byte[] head = "a,b\n1,ok\n2,x".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3;
    bytes[head.length + 1] = '(';
    bytes[head.length + 2] = '\n';
    Path p = write("u.csv", bytes);
    Reading r = Reading.of(source, CsvSourceConfig.of(p.toString()));
    assertThat(r.values()).containsExactly(List.of(1, "ok"));
    Rejection bad = r.rejections().getFirst();
    assertThat(bad.reason())
        .isEqualTo(
            "file " + p + " line 3, column 2 'b': invalid UTF-8 at byte offset " + head.length);
    assertThat(bad.field()).isEqualTo("b");
    assertThat(bad.raw()).isEqualTo("2,x\uFFFD(");
  }

  @Test
  void rejectsRowWithNulByte() throws IOException {
    Path p = write("n.csv", "a,b\n1,x\u0000y\n2,z\n");
    Reading r = Reading.of(source, CsvSourceConfig.of(p.toString()));
    assertThat(r.values()).containsExactly(List.of(2, "z"));
    assertThat(r.reasons())
        .containsExactly("file " + p + " line 2, column 2 'b': NUL byte at byte offset 7");
  }

  @Test
  void rejectsValueThatDoesNotFitItsColumnType() throws IOException {
    Path p = write("v.csv", "id,price\n1,2.5\n2,abc\n3,\n");
    Reading r = Reading.of(source, withColumns(p, Map.of("price", "double")));
    assertThat(r.values()).containsExactly(List.of(1, 2.5), java.util.Arrays.asList(3, null));
    assertThat(r.rejections())
        .singleElement()
        .satisfies(
            bad -> {
              assertThat(bad.field()).isEqualTo("price");
              assertThat(bad.raw()).isEqualTo("2,abc");
              assertThat(bad.reason())
                  .isEqualTo("file " + p + " line 3, column 2 'price': 'abc' is not a double");
            });
  }

  @Test
  void rejectsTextAfterAClosingQuote() throws IOException {
    Path p = write("tq.csv", "a,b\n1,\"x\"y\n2,z\n");
    Reading r = Reading.of(source, CsvSourceConfig.of(p.toString()));
    assertThat(r.values()).containsExactly(List.of(2, "z"));
    assertThat(r.reasons())
        .containsExactly("file " + p + " line 2, column 2 'b': text after the closing quote");
  }

  @Test
  void failsOnDuplicateAndEmptyHeaderNamesExplainingTheFix() throws IOException {
    Path p = write("h.csv", "id,name,id,,x\n1,a,2,b,c\n");
    assertThatThrownBy(() -> source.discover(CsvSourceConfig.of(p.toString())))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(CsvErrorCode.BAD_HEADER);
              assertThat(e.errorCode().isInputError()).isTrue();
            })
        .hasMessageContaining("file " + p + " line 1")
        .hasMessageContaining("duplicate column name 'id' at columns 1 and 3")
        .hasMessageContaining("empty column name at column 4")
        .hasMessageContaining("'columns' setting")
        .hasMessageContaining("with header: true the header line is then skipped");
  }

  @Test
  void readAlsoFailsOnABadHeaderInALaterFile() throws IOException {
    Files.createDirectories(dir.resolve("two"));
    Files.writeString(dir.resolve("two/a.csv"), "id,name\n1,x\n");
    var config = CsvSourceConfig.of(dir.resolve("two").toString());
    var stream = source.discover(config).streams().getFirst();
    Files.writeString(dir.resolve("two/b.csv"), "name,name\nx,y\n");
    assertThatThrownBy(
            () -> Reading.of(source, config, stream, io.dataaggregator.engine.spi.Checkpoint.START))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CsvErrorCode.BAD_HEADER))
        .hasMessageContaining("b.csv line 1")
        .hasMessageContaining("duplicate column name 'name' at columns 1 and 2");
    Files.writeString(dir.resolve("two/b.csv"), "name,email\nx,y\n");
    assertThatThrownBy(
            () -> Reading.of(source, config, stream, io.dataaggregator.engine.spi.Checkpoint.START))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CsvErrorCode.HEADER_CHANGED))
        .hasMessageContaining("column 'email' (column 2)");
  }

  @Test
  void readsFileWithBadHeaderWhenColumnsNameEveryColumn() throws IOException {
    Path p = write("h.csv", "id,id\n1,2\n");
    var columns = new java.util.LinkedHashMap<String, String>();
    columns.put("first", "int");
    columns.put("second", "bigint");
    Reading r = Reading.of(source, withColumns(p, columns));
    assertThat(r.stream().schema().names()).containsExactly("first", "second");
    assertThat(r.values()).containsExactly(List.of(1, 2L));
  }

  @Test
  void failsOnEmptyFileWithoutColumnsAndReadsZeroRowsWithThem() throws IOException {
    Path p = write("empty.csv", "");
    assertThatThrownBy(() -> source.discover(CsvSourceConfig.of(p.toString())))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CsvErrorCode.EMPTY_FILE))
        .hasMessageStartingWith("file " + p + " is empty: no header line");
    Reading r = Reading.of(source, withColumns(p, Map.of("id", "int")));
    assertThat(r.stream().schema().names()).containsExactly("id");
    assertThat(r.rows()).isEmpty();
  }

  @Test
  void failsClearlyOnMissingFileAndGlobMatchingNothing() throws IOException {
    Path missing = dir.resolve("nope.csv");
    assertThatThrownBy(() -> source.discover(CsvSourceConfig.of(missing.toString())))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(FileErrorCode.NOT_FOUND))
        .hasMessageContaining("'" + missing + "' does not exist");
    assertThatThrownBy(() -> source.discover(CsvSourceConfig.of(dir + "/*.csv")))
        .isInstanceOf(ConnectorException.class)
        .hasMessageStartingWith("'" + dir + "/*.csv' matches no file");
    assertThat(source.check(CsvSourceConfig.of(missing.toString())).ok()).isFalse();
    assertThat(source.check(CsvSourceConfig.of(missing.toString())).message())
        .contains("does not exist");
  }

  @Test
  void failsWhenColumnsNameAColumnTheHeaderLacks() throws IOException {
    Path p = write("c.csv", "a,b\n1,2\n");
    assertThatThrownBy(() -> source.discover(withColumns(p, Map.of("c", "int"))))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CsvErrorCode.BAD_COLUMNS))
        .hasMessageContaining("[c]")
        .hasMessageContaining("[a, b]");
    assertThatThrownBy(() -> source.discover(withColumns(p, Map.of("a", "integr"))))
        .hasMessageStartingWith("columns.a: unknown type 'integr'");
  }
}
