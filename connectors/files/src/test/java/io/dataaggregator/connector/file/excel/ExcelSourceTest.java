package io.dataaggregator.connector.file.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.connector.file.Reading;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelSourceTest {
  private final ExcelSource source = new ExcelSource();
  @TempDir Path dir;

  static String cell(String ref, String attrs, String inner) {
    return "<c r=\"" + ref + "\"" + attrs + ">" + inner + "</c>";
  }

  static String text(String ref, String s) {
    return cell(ref, " t=\"inlineStr\"", "<is><t>" + s + "</t></is>");
  }

  static String num(String ref, String v) {
    return cell(ref, "", "<v>" + v + "</v>");
  }

  static String row(int r, String... cells) {
    return "<row r=\"" + r + "\">" + String.join("", cells) + "</row>";
  }

  Path orders() throws IOException {
    return new Xlsx()
        .sharedStrings("id", "customer", "Acme")
        .sheet(
            "Orders",
            row(1, cell("A1", " t=\"s\"", "<v>0</v>"), cell("B1", " t=\"s\"", "<v>1</v>"),
                text("C1", "amount"), text("D1", "paid"), text("E1", "day"), text("F1", "at"),
                text("G1", "time"), text("H1", "due"), text("I1", "total"), text("J1", "label"))
                + row(2, num("A2", "1"), cell("B2", " t=\"s\"", "<v>2</v>"), num("C2", "19.90"),
                    cell("D2", " t=\"b\"", "<v>1</v>"), cell("E2", " s=\"1\"", "<v>45292</v>"),
                    cell("F2", " s=\"2\"", "<v>45292.5</v>"), cell("G2", " s=\"3\"", "<v>0.75</v>"),
                    cell("H2", " s=\"4\"", "<v>45293</v>"),
                    cell("I2", "", "<f>C2*2</f><v>39.8</v>"),
                    cell("J2", " t=\"str\"", "<f>B2&amp;\"!\"</f><v>Acme!</v>"))
                + row(3)
                + row(4, num("A4", "3000000000"), text("B4", "Büro ✓"), num("C4", "5"),
                    cell("D4", " t=\"b\"", "<v>0</v>"), cell("E4", " s=\"5\"", "<v>45293</v>"),
                    cell("F4", " s=\"2\"", "<v>45293.25</v>"), cell("G4", " s=\"3\"", "<v>0.5</v>"),
                    cell("I4", "", "<f>C4*2</f><v>10</v>")))
        .sheet("Notes", row(1, text("A1", "note")) + row(2, text("A2", "hello")))
        .write(dir.resolve("orders.xlsx"));
  }

  @Test
  void readsOneStreamPerSheetWithCellsTypedByValueAndFormat() throws IOException {
    Path file = orders();
    var catalog = source.discover(ExcelSourceConfig.of(file.toString()));
    assertThat(catalog.names()).containsExactly("Orders", "Notes");
    CatalogStream orders = catalog.stream("Orders").orElseThrow();
    assertThat(orders.schema().fields())
        .extracting(Field::name, Field::type)
        .containsExactly(
            Tuple.tuple("id", DataType.BIGINT),
            Tuple.tuple("customer", DataType.STRING),
            Tuple.tuple("amount", DataType.DOUBLE),
            Tuple.tuple("paid", DataType.BOOLEAN),
            Tuple.tuple("day", DataType.DATE),
            Tuple.tuple("at", DataType.TIMESTAMP),
            Tuple.tuple("time", DataType.TIME),
            Tuple.tuple("due", DataType.DATE),
            Tuple.tuple("total", DataType.DOUBLE),
            Tuple.tuple("label", DataType.STRING));
    Reading r = Reading.of(source, ExcelSourceConfig.of(file.toString()), orders, Checkpoint.START);
    assertThat(r.values())
        .containsExactly(
            List.of(1L, "Acme", 19.9, true, LocalDate.of(2024, 1, 1),
                LocalDateTime.of(2024, 1, 1, 12, 0), LocalTime.of(18, 0), LocalDate.of(2024, 1, 2),
                39.8, "Acme!"),
            Arrays.asList(3_000_000_000L, "Büro ✓", 5.0, false, LocalDate.of(2024, 1, 2),
                LocalDateTime.of(2024, 1, 2, 6, 0), LocalTime.of(12, 0), null, 10.0, null));
    assertThat(r.rejections()).isEmpty();
  }

  @Test
  void declaredColumnsKeepExactDigitsAndSelectedSheetsAreTheOnlyStreams() throws IOException {
    Path file = orders();
    var config =
        new ExcelSourceConfig(file.toString(), List.of("Orders"), null,
            Map.of("amount", "decimal(10,2)", "id", "string"), null);
    var catalog = source.discover(config);
    assertThat(catalog.names()).containsExactly("Orders");
    Reading r = Reading.of(source, config, catalog.streams().getFirst(), Checkpoint.START);
    assertThat(r.rows().get(0)[0]).isEqualTo("1");
    assertThat(r.rows().get(0)[2]).isEqualTo(new BigDecimal("19.90"));
    assertThat(r.rows().get(1)[2]).isEqualTo(new BigDecimal("5.00"));
  }

  @Test
  void headerRowBelowTitlesOrNoHeaderAtAll() throws IOException {
    Path file =
        new Xlsx()
            .sheet("Report", row(1, text("A1", "Quarterly report")) + row(3, text("A3", "k"),
                text("B3", "v")) + row(4, text("A4", "x"), num("B4", "1"))
                + row(5, text("A5", "y"), num("B5", "2.5")))
            .write(dir.resolve("r.xlsx"));
    var withHeader = new ExcelSourceConfig(file.toString(), null, 3, null, null);
    Reading r = Reading.of(source, withHeader);
    assertThat(r.stream().schema().names()).containsExactly("k", "v");
    assertThat(r.values()).containsExactly(List.of("x", 1.0), List.of("y", 2.5));
    var noHeader = new ExcelSourceConfig(file.toString(), null, 0, null, null);
    Reading all = Reading.of(source, noHeader);
    assertThat(all.stream().schema().names()).containsExactly("A", "B");
    assertThat(all.values().getFirst()).containsExactly("Quarterly report", null);
    assertThat(all.values()).hasSize(4);
  }

  @Test
  void readsDatesOfThe1904DateSystem() throws IOException {
    Path file =
        new Xlsx()
            .date1904()
            .sheet("S", row(1, text("A1", "d")) + row(2, cell("A2", " s=\"1\"", "<v>0</v>")))
            .write(dir.resolve("mac.xlsx"));
    Reading r = Reading.of(source, ExcelSourceConfig.of(file.toString()));
    assertThat(r.values()).containsExactly(List.of(LocalDate.of(1904, 1, 1)));
  }
}
