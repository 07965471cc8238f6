package io.dataaggregator.connector.file.excel;

import static io.dataaggregator.connector.file.excel.ExcelSourceTest.cell;
import static io.dataaggregator.connector.file.excel.ExcelSourceTest.num;
import static io.dataaggregator.connector.file.excel.ExcelSourceTest.row;
import static io.dataaggregator.connector.file.excel.ExcelSourceTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.connector.file.FileErrorCode;
import io.dataaggregator.connector.file.Reading;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelBadInputTest {
  private final ExcelSource source = new ExcelSource();
  @TempDir Path dir;

  private static void assertCode(Throwable e, ErrorCode code) {
    assertThat(e).isInstanceOf(ConnectorException.class);
    assertThat(((ConnectorException) e).errorCode()).isEqualTo(code);
  }

  private Path book() throws IOException {
    return new Xlsx()
        .sheet("Data", row(1, text("A1", "n"), text("B1", "s"))
            + row(2, num("A2", "1"), text("B2", "ok"))
            + row(3, cell("A3", " t=\"e\"", "<f>1/0</f><v>#DIV/0!</v>"), text("B3", "error"))
            + row(4, text("A4", "four"), text("B4", "text"))
            + row(5, num("A5", "5"), text("B5", "ok")))
        .sheet("Other", row(1, text("A1", "x")))
        .write(dir.resolve("book.xlsx"));
  }

  @Test
  void aWrongSheetNameFailsCheckAndDiscoverListingTheSheets() throws IOException {
    Path file = book();
    var config = new ExcelSourceConfig(file.toString(), List.of("Dta"), null, null, null);
    assertThat(source.check(config).ok()).isFalse();
    assertThat(source.check(config).message())
        .contains("has no sheet 'Dta'")
        .contains("[Data, Other]");
    assertThatThrownBy(() -> source.discover(config))
        .satisfies(e -> assertCode(e, ExcelErrorCode.NO_SHEET));
  }

  @Test
  void cellsThatDoNotFitTheColumnAreRejectedNamingTheCell() throws IOException {
    Path file = book();
    var config = new ExcelSourceConfig(file.toString(), List.of("Data"), null,
        Map.of("n", "int"), null);
    Reading r = Reading.of(source, config);
    assertThat(r.values()).containsExactly(List.of(1, "ok"), List.of(5, "ok"));
    assertThat(r.rejections()).hasSize(2);
    assertThat(r.rejections().get(0).reason())
        .isEqualTo("file " + file + " sheet 'Data' cell A3, column 'n': holds the error #DIV/0!");
    assertThat(r.rejections().get(0).raw()).isEqualTo("{\"n\":\"#DIV/0!\",\"s\":\"error\"}");
    assertThat(r.rejections().get(1).position()).isEqualTo(4);
    assertThat(r.rejections().get(1).reason())
        .endsWith("cell A4, column 'n': 'four' is not an int");
  }

  @Test
  void missingCorruptAndLegacyFilesAreReportedAsSuch() throws IOException {
    var missing = ExcelSourceConfig.of(dir.resolve("none.xlsx").toString());
    assertThatThrownBy(() -> source.discover(missing))
        .satisfies(e -> assertCode(e, FileErrorCode.NOT_FOUND));
    Path text = Files.writeString(dir.resolve("t.xlsx"), "id,name\n");
    assertThatThrownBy(() -> source.discover(ExcelSourceConfig.of(text.toString())))
        .satisfies(e -> assertCode(e, ExcelErrorCode.NOT_XLSX))
        .hasMessageContaining("is not a readable .xlsx workbook");
    Path xls = Files.write(dir.resolve("old.xls"),
        new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1, 0, 0, 0, 0});
    assertThat(source.check(ExcelSourceConfig.of(xls.toString())).message())
        .contains("legacy .xls workbook; save it as .xlsx");
    byte[] good = Files.readAllBytes(book());
    Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(good, good.length / 2));
    assertThatThrownBy(() -> source.discover(ExcelSourceConfig.of(cut.toString())))
        .satisfies(e -> assertCode(e, ExcelErrorCode.NOT_XLSX))
        .hasMessageContaining(cut.toString());
  }

  @Test
  void aHeaderNamingAColumnTwiceIsRefused() throws IOException {
    Path file = new Xlsx()
        .sheet("S", row(1, text("A1", "id"), text("B1", "x"), text("C1", "id")))
        .write(dir.resolve("dup.xlsx"));
    assertThatThrownBy(() -> source.discover(ExcelSourceConfig.of(file.toString())))
        .satisfies(e -> assertCode(e, ExcelErrorCode.BAD_HEADER))
        .hasMessageContaining("names 'id' in columns A and C");
  }
}
