package io.dataaggregator.connector.file.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.connector.file.FileErrorCode;
import io.dataaggregator.connector.file.Reading;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlBadInputTest {
  private final XmlSource source = new XmlSource();
  @TempDir Path dir;

  private static void assertCode(Throwable e, ErrorCode code) {
    assertThat(e).isInstanceOf(ConnectorException.class);
    assertThat(((ConnectorException) e).errorCode()).isEqualTo(code);
  }

  @Test
  void malformedXmlStopsWithFileLineAndColumn() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("bad.xml"), "<r>\n  <row><a>1</a></row>\n  <row><a>2</b></row>\n</r>\n");
    var config =
        new XmlSourceConfig(file.toString(), null, "row", null, null, 1, null, null, null);
    assertThat(source.discover(config).streams().getFirst().schema().names()).containsExactly("a");
    assertThatThrownBy(() -> Reading.of(source, config))
        .satisfies(e -> assertCode(e, XmlErrorCode.SYNTAX))
        .hasMessageStartingWith("file " + file + " line 3 column ")
        .hasMessageContaining("not well-formed XML")
        .hasMessageContaining("must be terminated by the matching end-tag \"</a>\"");
  }

  @Test
  void aValueThatDoesNotFitItsDeclaredTypeIsRejectedWithItsLine() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("v.xml"),
            "<r>\n<row><n>1</n></row>\n<row><n>two</n></row>\n<row><n><x/></n></row>\n"
                + "<row><n>4</n></row>\n</r>");
    var config =
        new XmlSourceConfig(
            file.toString(), null, "row", null, Map.of("n", "int"), null, null, null, null);
    Reading r = Reading.of(source, config);
    assertThat(r.values()).containsExactly(List.of(1), List.of(4));
    assertThat(r.rejections()).hasSize(2);
    assertThat(r.rejections().get(0).position()).isEqualTo(3);
    assertThat(r.rejections().get(0).reason())
        .isEqualTo("file " + file + " line 3, field 'n': 'two' is not an int");
    assertThat(r.rejections().get(0).raw()).isEqualTo("{\"n\":\"two\"}");
    assertThat(r.rejections().get(1).reason())
        .contains("line 4, field 'n': has attributes or children, so it cannot be int");
  }

  @Test
  void noMatchingElementIsAClearDiscoveryError() throws IOException {
    Path file = Files.writeString(dir.resolve("e.xml"), "<r><item/></r>");
    assertThatThrownBy(() -> source.discover(XmlSourceConfig.of(file.toString(), "/r/row")))
        .satisfies(e -> assertCode(e, XmlErrorCode.NO_RECORDS))
        .hasMessageContaining("no element matching record_path '/r/row'");
  }

  @Test
  void unknownPrefixOrMissingFileFailCheckWithTheirReason() throws IOException {
    Path file = Files.writeString(dir.resolve("e.xml"), "<r/>");
    var badPrefix = XmlSourceConfig.of(file.toString(), "/q:r");
    assertThat(source.check(badPrefix).ok()).isFalse();
    assertThat(source.check(badPrefix).message()).contains("prefix 'q'");
    var missing = XmlSourceConfig.of(dir.resolve("none.xml").toString(), "r");
    assertThat(source.check(missing).message()).contains("does not exist");
    assertThatThrownBy(() -> source.discover(missing))
        .satisfies(e -> assertCode(e, FileErrorCode.NOT_FOUND));
  }

  @Test
  void externalEntitiesAreNeverResolved() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    Path file =
        Files.writeString(
            dir.resolve("xxe.xml"),
            "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY s SYSTEM '"
                + secret.toUri()
                + "'>]><r><row><v>&s;</v></row></r>");
    try {
      Reading r = Reading.of(source, XmlSourceConfig.of(file.toString(), "row"));
      assertThat(r.values().toString()).doesNotContain("TOP-SECRET");
    } catch (ConnectorException e) {
      assertThat(e.errorCode()).isEqualTo(XmlErrorCode.SYNTAX);
      assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
    }
  }
}
