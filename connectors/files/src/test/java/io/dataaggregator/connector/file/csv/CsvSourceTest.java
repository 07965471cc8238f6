package io.dataaggregator.connector.file.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.connector.file.Reading;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTest {
  private final CsvSource source = new CsvSource();
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  static CsvSourceConfig config(Path path) {
    return CsvSourceConfig.of(path.toString());
  }

  static CsvSourceConfig config(String path, String delimiter, String quote, String escape) {
    return new CsvSourceConfig(path, null, null, delimiter, quote, escape, null, null, null, null);
  }

  @Test
  void readsHeaderAndInfersTypes() throws IOException {
    Path p = write("flights.csv", "id,origin,delay,ok\n1,SEA,1.5,true\n2,\"LAX\",,false\n");
    Reading r = Reading.of(source, config(p));
    assertThat(r.stream().name()).isEqualTo("flights");
    assertThat(r.stream().schema())
        .isEqualTo(
            Schema.of(
                Field.of("id", DataType.INT),
                Field.of("origin", DataType.STRING),
                Field.of("delay", DataType.DOUBLE),
                Field.of("ok", DataType.BOOLEAN)));
    assertThat(r.values())
        .containsExactly(
            List.of(1, "SEA", 1.5, true), java.util.Arrays.asList(2, "LAX", null, false));
    assertThat(r.rejections()).isEmpty();
  }

  @Test
  void readsQuotedFieldsSpanningLinesWithDoubledQuotes() throws IOException {
    Path p =
        write(
            "notes.csv", "id,note\r\n1,\"a \"\"quoted\"\"\r\nline, with comma\"\r\n2,\"\"\r\n3,\n");
    Reading r = Reading.of(source, config(p));
    assertThat(r.values())
        .containsExactly(
            List.of(1, "a \"quoted\"\r\nline, with comma"),
            List.of(2, ""),
            java.util.Arrays.asList(3, null));
  }

  @Test
  void readsCustomDelimiterQuoteAndEscape() throws IOException {
    Path p = write("semi.csv", "a;b\n'x;1';'it\\'s'\nplain\\;text;'back\\\\slash'\n");
    Reading r = Reading.of(source, config(p.toString(), ";", "'", "\\"));
    assertThat(r.values())
        .containsExactly(List.of("x;1", "it's"), List.of("plain;text", "back\\slash"));
  }

  @Test
  void readsQuotesLiterallyWhenQuotingIsOff() throws IOException {
    Path p = write("raw.tsv", "a\tb\n\"x\t\"y\"\n");
    Reading r = Reading.of(source, config(p.toString(), "\t", "", null));
    assertThat(r.values()).containsExactly(List.of("\"x", "\"y\""));
  }

  @Test
  void readsGzipFileAndNamesStreamWithoutExtensions() throws IOException {
    Path p = dir.resolve("flights.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write("a,b\n1,x\n2,y\n".getBytes(StandardCharsets.UTF_8));
    }
    Reading r = Reading.of(source, config(p));
    assertThat(r.stream().name()).isEqualTo("flights");
    assertThat(r.values()).containsExactly(List.of(1, "x"), List.of(2, "y"));
  }

  @Test
  void readsUtf8ByteOrderMarkAndNonAsciiText() throws IOException {
    Path p = dir.resolve("bom.csv");
    byte[] body = "név,város\nÁrpád,Győr\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[body.length + 3];
    all[0] = (byte) 0xEF;
    all[1] = (byte) 0xBB;
    all[2] = (byte) 0xBF;
    System.arraycopy(body, 0, all, 3, body.length);
    Files.write(p, all);
    Reading r = Reading.of(source, config(p));
    assertThat(r.stream().schema().names()).containsExactly("név", "város");
    assertThat(r.values()).containsExactly(List.of("Árpád", "Győr"));
  }

  @Test
  void readsUtf16WithByteOrderMark() throws IOException {
    Path p = dir.resolve("excel.csv");
    byte[] body = "id\tname\n1\tZoë\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[body.length + 2];
    all[0] = (byte) 0xFF;
    all[1] = (byte) 0xFE;
    System.arraycopy(body, 0, all, 2, body.length);
    Files.write(p, all);
    Reading r = Reading.of(source, config(p.toString(), "\t", null, null));
    assertThat(r.values()).containsExactly(List.of(1, "Zoë"));
  }

  @Test
  void readsLatin1WhenConfigured() throws IOException {
    Path p = dir.resolve("latin.csv");
    Files.write(p, "city\nMünchen\n".getBytes(StandardCharsets.ISO_8859_1));
    var config =
        new CsvSourceConfig(
            p.toString(), null, null, null, null, null, "ISO-8859-1", null, null, null);
    assertThat(Reading.of(source, config).values()).containsExactly(List.of("München"));
  }

  @Test
  void readsFolderAsOneStreamInNameOrderSkippingHiddenAndQuarantineFiles() throws IOException {
    write("sales/b.csv", "id,amount\n3,30\n");
    write("sales/a.csv", "amount,id\n10,1\n20,2\n");
    write("sales/.hidden.csv", "junk\n");
    write("sales/sales__rejected.jsonl", "{\"stream\": \"sales\"}\n");
    Reading r = Reading.of(source, config(dir.resolve("sales")));
    assertThat(r.stream().name()).isEqualTo("sales");
    assertThat(r.stream().schema().names()).containsExactly("amount", "id");
    assertThat(r.values()).containsExactly(List.of(10, 1), List.of(20, 2), List.of(30, 3));
  }

  @Test
  void readsGlobAsOneStreamNamedAfterItsFolder() throws IOException {
    write("data/jan.csv", "x\n1\n");
    write("data/feb.csv", "x\n2\n");
    write("data/notes.txt", "x\nnope\n");
    Reading r = Reading.of(source, CsvSourceConfig.of(dir + "/data/*.csv"));
    assertThat(r.stream().name()).isEqualTo("data");
    assertThat(r.values()).containsExactly(List.of(2), List.of(1));
  }

  @Test
  void configuredStreamNameAndColumnTypesWin() throws IOException {
    Path p = write("x.csv", "id,price,zip\n1,2.50,01234\n");
    var config =
        new CsvSourceConfig(
            p.toString(),
            "prices",
            null,
            null,
            null,
            null,
            null,
            Map.of("price", "decimal(10,2)", "id", "bigint"),
            null,
            null);
    Reading r = Reading.of(source, config);
    assertThat(r.stream().name()).isEqualTo("prices");
    assertThat(r.stream().schema())
        .isEqualTo(
            Schema.of(
                Field.of("id", DataType.BIGINT),
                Field.of("price", DataType.decimal(10, 2)),
                Field.of("zip", DataType.STRING)));
    assertThat(r.values()).containsExactly(List.of(1L, new java.math.BigDecimal("2.50"), "01234"));
  }

  @Test
  void readsFileWithoutHeaderNamingColumnsByPosition() throws IOException {
    Path p = write("raw.csv", "1,a\n2,b\n");
    var config =
        new CsvSourceConfig(
            p.toString(), null, false, null, null, null, null, Map.of("id", "int"), null, null);
    Reading r = Reading.of(source, config);
    assertThat(r.stream().schema().names()).containsExactly("id", "column_2");
    assertThat(r.values()).containsExactly(List.of(1, "a"), List.of(2, "b"));
  }
}
