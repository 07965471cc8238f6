package io.dataaggregator.connector.file.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.connector.file.Reading;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.JsonText;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlSourceTest {
  static final String CATALOG =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- a comment -->
      <catalog>
        <book id="bk101" available="true">
          <title>XML Developer's Guide</title>
          <price>44.95</price>
          <published>2000-10-01</published>
          <author>Gambardella</author>
          <author>Knorr</author>
          <publisher country="CH">Zürich &amp; Co</publisher>
        </book>
        <book id="bk102" available="false">
          <title><![CDATA[Midnight <Rain>]]></title>
          <price>5.95</price>
          <published>2000-12-16</published>
          <author>Ralls</author>
        </book>
      </catalog>
      """;

  private final XmlSource source = new XmlSource();
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void readsRecordsWithAttributesTypedFieldsAndNestedElementsAsJson() throws IOException {
    Path file = write("catalog.xml", CATALOG);
    Reading r = Reading.of(source, XmlSourceConfig.of(file.toString(), "/catalog/book"));
    assertThat(r.stream().name()).isEqualTo("catalog");
    assertThat(r.stream().schema().fields())
        .extracting(Field::name, Field::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("id", DataType.STRING),
            org.assertj.core.groups.Tuple.tuple("available", DataType.BOOLEAN),
            org.assertj.core.groups.Tuple.tuple("title", DataType.STRING),
            org.assertj.core.groups.Tuple.tuple("price", DataType.DOUBLE),
            org.assertj.core.groups.Tuple.tuple("published", DataType.DATE),
            org.assertj.core.groups.Tuple.tuple("author", DataType.JSON),
            org.assertj.core.groups.Tuple.tuple("publisher", DataType.JSON));
    assertThat(r.values())
        .containsExactly(
            List.of(
                "bk101",
                true,
                "XML Developer's Guide",
                44.95,
                LocalDate.of(2000, 10, 1),
                new JsonText("[\"Gambardella\",\"Knorr\"]"),
                new JsonText("{\"@country\":\"CH\",\"#text\":\"Zürich & Co\"}")),
            java.util.Arrays.asList(
                "bk102",
                false,
                "Midnight <Rain>",
                5.95,
                LocalDate.of(2000, 12, 16),
                new JsonText("\"Ralls\""),
                null));
    assertThat(r.rejections()).isEmpty();
  }

  @Test
  void declaredColumnsWinOverInference() throws IOException {
    Path file = write("catalog.xml", CATALOG);
    var config =
        new XmlSourceConfig(
            file.toString(), "books", "book", null,
            Map.of("price", "decimal(6,2)", "isbn", "string"),
            null, "at_", null, null);
    Reading r = Reading.of(source, config);
    assertThat(r.stream().name()).isEqualTo("books");
    assertThat(r.stream().schema().names())
        .containsExactly("at_id", "at_available", "title", "price", "published", "author",
            "publisher", "isbn");
    assertThat(r.rows().getFirst()[3]).isEqualTo(new BigDecimal("44.95"));
    assertThat(r.rows().getFirst()[7]).isNull();
  }

  @Test
  void absoluteRelativeAndWildcardPathsSelectDifferentElements() throws IOException {
    Path file =
        write(
            "lib.xml",
            "<lib><book n='1'/><shelf><book n='2'/><box><book n='3'/></box></shelf></lib>");
    assertThat(numbers(file, "/lib/book")).containsExactly(1);
    assertThat(numbers(file, "book")).containsExactly(1, 2, 3);
    assertThat(numbers(file, "//book")).containsExactly(1, 2, 3);
    assertThat(numbers(file, "shelf/book")).containsExactly(2);
    assertThat(numbers(file, "/lib/*/book")).containsExactly(2);
  }

  private List<Object> numbers(Path file, String path) {
    return Reading.of(source, XmlSourceConfig.of(file.toString(), path)).rows().stream()
        .map(row -> row[0])
        .toList();
  }

  @Test
  void prefixedStepsMatchTheConfiguredNamespaceOnly() throws IOException {
    Path file =
        write(
            "ns.xml",
            """
            <feed xmlns="urn:a" xmlns:b="urn:b">
              <entry><id>1</id></entry>
              <b:entry><b:id>2</b:id></b:entry>
            </feed>""");
    var ns = Map.of("a", "urn:a", "x", "urn:b");
    assertThat(namespaced(file, "/a:feed/a:entry", ns)).containsExactly(1);
    assertThat(namespaced(file, "x:entry", ns)).containsExactly(2);
    assertThat(namespaced(file, "entry", ns)).containsExactly(1, 2);
  }

  private List<Object> namespaced(Path file, String path, Map<String, String> ns) {
    var config = new XmlSourceConfig(file.toString(), null, path, ns, null, null, null, null, null);
    return Reading.of(source, config).rows().stream().map(row -> row[0]).toList();
  }

  @Test
  void readsGzippedFilesAndTheEncodingTheDeclarationNames() throws IOException {
    Path gz = dir.resolve("latin.xml.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(
          "<?xml version='1.0' encoding='ISO-8859-1'?><r><p name='Müller'>déjà vu</p></r>"
              .getBytes(StandardCharsets.ISO_8859_1));
    }
    Reading r = Reading.of(source, XmlSourceConfig.of(gz.toString(), "p"));
    assertThat(r.stream().name()).isEqualTo("latin");
    assertThat(r.values()).containsExactly(List.of("Müller", "déjà vu"));
    assertThat(r.stream().schema().names()).containsExactly("name", "_text");
  }
}
