package io.dataaggregator.connector.file.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.connector.file.FileErrorCode;
import io.dataaggregator.connector.file.Reading;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Catalog;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Schema;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelDestinationTest {
  static final Schema ALL =
      Schema.of(
          Field.of("b", DataType.BOOLEAN),
          Field.of("i", DataType.INT),
          Field.of("l", DataType.BIGINT),
          Field.of("dec", DataType.decimal(20, 4)),
          Field.of("d", DataType.DOUBLE),
          Field.of("s", DataType.STRING),
          Field.of("day", DataType.DATE),
          Field.of("t", DataType.TIME),
          Field.of("ts", DataType.TIMESTAMP),
          Field.of("tz", DataType.TIMESTAMP_TZ),
          Field.of("bin", DataType.BYTES),
          Field.of("j", DataType.JSON));
  static final Schema PEOPLE =
      Schema.of(Field.of("id", DataType.INT), Field.of("name", DataType.STRING));

  private final ExcelDestination destination = new ExcelDestination();
  private final ExcelSource source = new ExcelSource();
  @TempDir Path dir;

  static List<Object[]> allRows() {
    var rows = new ArrayList<Object[]>();
    rows.add(new Object[] {true, -42, 9_000_000_000L, new BigDecimal("-1234567890123456.1234"),
        0.1 + 0.2, "ünïcödé ✓ <&>", LocalDate.of(1999, 12, 31),
        LocalTime.of(23, 59, 59, 999_000_000),
        LocalDateTime.of(2024, 2, 29, 12, 34, 56, 789_000_000),
        OffsetDateTime.of(2024, 3, 10, 2, 30, 0, 0, ZoneOffset.ofHours(-5)),
        new byte[] {0, 1, (byte) 0xFF}, new JsonText("{\"a\":[1,2]}")});
    rows.add(new Object[] {false, Integer.MAX_VALUE, Long.MIN_VALUE, new BigDecimal("0.0001"),
        -1.5e300, "x", LocalDate.of(1900, 3, 1), LocalTime.MIDNIGHT,
        LocalDateTime.of(1970, 1, 1, 0, 0),
        OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
        new byte[0], new JsonText("[]")});
    rows.add(new Object[ALL.size()]);
    return rows;
  }

  private void write(String table, Schema schema, WriteMode mode, List<Object[]> rows) {
    try (BatchWriter w = open(table, schema, mode)) {
      w.write(new Batch(schema, rows));
      w.commit(Checkpoint.START);
      w.finish();
    }
  }

  private BatchWriter open(String table, Schema schema, WriteMode mode) {
    return destination.open(
        new ExcelDestinationConfig(dir.toString(), "report"),
        new WriteTarget("p", table, table, schema, mode, List.of()));
  }

  private Catalog catalog(Map<String, String> columns) {
    return source.discover(new ExcelSourceConfig(dir.resolve("report.xlsx").toString(), null,
        null, columns, null));
  }

  private Reading read(String sheet, Map<String, String> columns) {
    var config = new ExcelSourceConfig(dir.resolve("report.xlsx").toString(), List.of(sheet),
        null, columns, null);
    var stream = source.discover(config).stream(sheet).orElseThrow();
    return Reading.of(source, config, stream, Checkpoint.START);
  }

  static List<List<Object>> comparable(List<Object[]> rows) {
    return rows.stream()
        .map(r -> Arrays.stream(r).map(v -> v instanceof byte[] b ? Arrays.toString(b) : v))
        .map(s -> (List<Object>) new ArrayList<>(s.toList()))
        .toList();
  }

  @Test
  void everyTypeReadsBackWithItsColumnsDeclared() {
    write("all", ALL, WriteMode.OVERWRITE, allRows());
    var columns = new LinkedHashMap<String, String>();
    ALL.fields().forEach(f -> columns.put(f.name(), f.type().toString()));
    Reading r = read("all", columns);
    assertThat(r.rejections()).isEmpty();
    assertThat(comparable(r.rows())).isEqualTo(comparable(allRows().subList(0, 2)));
  }

  @Test
  void typesReadBackByInferenceWhereExcelCanTellThem() {
    write("all", ALL, WriteMode.OVERWRITE, allRows());
    var stream = catalog(Map.of()).stream("all").orElseThrow();
    assertThat(stream.schema().fields())
        .extracting(Field::type)
        .containsExactly(DataType.BOOLEAN, DataType.INT, DataType.BIGINT, DataType.DOUBLE,
            DataType.DOUBLE, DataType.STRING, DataType.DATE, DataType.TIME, DataType.TIMESTAMP,
            DataType.TIMESTAMP_TZ, DataType.STRING, DataType.STRING);
  }

  @Test
  void appendAddsRowsAtEachCommitAndOverwriteReplacesOnlyItsSheet() {
    write("people", PEOPLE, WriteMode.APPEND, List.<Object[]>of(new Object[] {1, "Ada"}));
    write("other", PEOPLE, WriteMode.OVERWRITE, List.<Object[]>of(new Object[] {9, "Kept"}));
    try (BatchWriter w = open("people", PEOPLE, WriteMode.APPEND)) {
      w.write(new Batch(PEOPLE, List.<Object[]>of(new Object[] {2, "Bob"})));
      w.commit(Checkpoint.START);
      w.write(new Batch(PEOPLE, List.<Object[]>of(new Object[] {3, "Lost"})));
    }
    assertThat(read("people", Map.of()).values())
        .containsExactly(List.of(1, "Ada"), List.of(2, "Bob"));
    write("people", PEOPLE, WriteMode.OVERWRITE, List.<Object[]>of(new Object[] {7, "New"}));
    assertThat(catalog(Map.of()).names()).containsExactly("people", "other");
    assertThat(read("people", Map.of()).values()).containsExactly(List.of(7, "New"));
    assertThat(read("other", Map.of()).values()).containsExactly(List.of(9, "Kept"));
  }

  @Test
  void overwriteThatNeverFinishesLeavesTheWorkbookAsItWasAndNoTemporaryFiles() throws IOException {
    write("people", PEOPLE, WriteMode.OVERWRITE, List.<Object[]>of(new Object[] {1, "Ada"}));
    byte[] before = Files.readAllBytes(dir.resolve("report.xlsx"));
    try (BatchWriter w = open("people", PEOPLE, WriteMode.OVERWRITE)) {
      assertThat(w.resumeFrom()).contains(Checkpoint.START);
      w.write(new Batch(PEOPLE, List.<Object[]>of(new Object[] {2, "Bob"})));
      w.commit(Checkpoint.START);
    }
    assertThat(Files.readAllBytes(dir.resolve("report.xlsx"))).isEqualTo(before);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.xlsx");
    }
  }

  @Test
  void refusesSheetNamesExcelRejectsAppendsWithOtherColumnsAndUpsert() {
    assertThatThrownBy(() -> open("a/b", PEOPLE, WriteMode.APPEND))
        .isInstanceOfSatisfying(ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ExcelErrorCode.BAD_SHEET_NAME));
    assertThatThrownBy(() -> open("x".repeat(32), PEOPLE, WriteMode.APPEND))
        .isInstanceOfSatisfying(ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ExcelErrorCode.BAD_SHEET_NAME))
        .hasMessageContaining("1 to 31 characters");
    write("people", PEOPLE, WriteMode.APPEND, List.<Object[]>of(new Object[] {1, "Ada"}));
    var other = Schema.of(Field.of("id", DataType.INT), Field.of("email", DataType.STRING));
    assertThatThrownBy(() -> open("people", other, WriteMode.APPEND))
        .isInstanceOfSatisfying(ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(FileErrorCode.SCHEMA_MISMATCH))
        .hasMessageContaining("[id, name]")
        .hasMessageContaining("[id, email]");
    assertThatThrownBy(
            () -> destination.open(new ExcelDestinationConfig(dir.toString()),
                new WriteTarget("p", "people", "people", PEOPLE, WriteMode.UPSERT, List.of("id"))))
        .isInstanceOfSatisfying(ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(FileErrorCode.UPSERT_UNSUPPORTED));
  }

  @Test
  void workbookIsNamedAfterThePipelineByDefault() {
    try (BatchWriter w = destination.open(new ExcelDestinationConfig(dir.toString()),
        new WriteTarget("monthly", "people", "people", PEOPLE, WriteMode.OVERWRITE, List.of()))) {
      w.write(new Batch(PEOPLE, List.<Object[]>of(new Object[] {1, "Ada"})));
      w.commit(Checkpoint.START);
      w.finish();
    }
    assertThat(dir.resolve("monthly.xlsx")).exists();
  }
}
