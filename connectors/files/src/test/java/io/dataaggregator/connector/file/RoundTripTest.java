package io.dataaggregator.connector.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.connector.file.csv.CsvDestination;
import io.dataaggregator.connector.file.csv.CsvDestinationConfig;
import io.dataaggregator.connector.file.csv.CsvSource;
import io.dataaggregator.connector.file.csv.CsvSourceConfig;
import io.dataaggregator.connector.file.json.JsonDestination;
import io.dataaggregator.connector.file.json.JsonDestinationConfig;
import io.dataaggregator.connector.file.json.JsonSource;
import io.dataaggregator.connector.file.json.JsonSourceConfig;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Schema;
import java.math.BigDecimal;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes rows of all 12 types with a destination and reads them back with the matching source. */
class RoundTripTest {
  static final Schema SCHEMA =
      Schema.of(
          Field.of("b", DataType.BOOLEAN),
          Field.of("i", DataType.INT),
          Field.of("l", DataType.BIGINT),
          Field.of("dec", DataType.decimal(12, 3)),
          Field.of("d", DataType.DOUBLE),
          Field.of("s", DataType.STRING),
          Field.of("day", DataType.DATE),
          Field.of("t", DataType.TIME),
          Field.of("ts", DataType.TIMESTAMP),
          Field.of("tz", DataType.TIMESTAMP_TZ),
          Field.of("bin", DataType.BYTES),
          Field.of("j", DataType.JSON));

  @TempDir Path dir;

  static List<Object[]> rows() {
    var rows = new ArrayList<Object[]>();
    rows.add(
        new Object[] {
          true,
          -42,
          9_000_000_000L,
          new BigDecimal("-123456789.125"),
          0.1 + 0.2,
          "comma, \"quote\"\nnew line, ünïcödé ✓",
          LocalDate.of(1999, 12, 31),
          LocalTime.of(23, 59, 59, 999_999_999),
          LocalDateTime.of(2024, 2, 29, 12, 0),
          OffsetDateTime.of(2024, 3, 10, 2, 30, 0, 0, ZoneOffset.ofHoursMinutes(-9, -30)),
          new byte[] {0, 1, 2, (byte) 0xFE, (byte) 0xFF},
          new JsonText("{\"a\":[1,2.5,\"x\"],\"b\":null}")
        });
    rows.add(
        new Object[] {
          false,
          Integer.MAX_VALUE,
          Long.MIN_VALUE,
          new BigDecimal("0.000"),
          -1.5e300,
          "",
          LocalDate.of(2024, 1, 1),
          LocalTime.MIDNIGHT,
          LocalDateTime.of(1970, 1, 1, 0, 0, 0, 1000),
          OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
          new byte[0],
          new JsonText("[]")
        });
    rows.add(new Object[12]);
    return rows;
  }

  static Map<String, String> columns() {
    var columns = new LinkedHashMap<String, String>();
    SCHEMA.fields().forEach(f -> columns.put(f.name(), f.type().toString()));
    return columns;
  }

  static void write(BatchWriter writer) {
    try (writer) {
      writer.resumeFrom();
      writer.write(new Batch(SCHEMA, rows()));
      writer.commit(Checkpoint.START);
      writer.finish();
    }
  }

  static WriteTarget target(WriteMode mode) {
    return new WriteTarget("p", "all_types", "all_types", SCHEMA, mode, List.of());
  }

  static List<List<Object>> comparable(List<Object[]> rows) {
    return rows.stream()
        .map(
            r ->
                Arrays.stream(r)
                    .map(v -> v instanceof byte[] b ? (Object) Arrays.toString(b) : v)
                    .toList())
        .map(l -> (List<Object>) new ArrayList<>(l))
        .toList();
  }

  @Test
  void csvRoundTripKeepsEveryTypeNullsAndEmptyStrings() {
    write(
        new CsvDestination()
            .open(new CsvDestinationConfig(dir.toString()), target(WriteMode.OVERWRITE)));
    var config =
        new CsvSourceConfig(
            dir.resolve("all_types.csv").toString(),
            null,
            null,
            null,
            null,
            null,
            null,
            columns(),
            null,
            null);
    Reading r = Reading.of(new CsvSource(), config);
    assertThat(r.stream().schema()).isEqualTo(SCHEMA);
    assertThat(r.rejections()).isEmpty();
    assertThat(comparable(r.rows())).isEqualTo(comparable(rows()));
  }

  @Test
  void jsonRoundTripKeepsEveryTypeAndNulls() {
    write(
        new JsonDestination()
            .open(new JsonDestinationConfig(dir.toString()), target(WriteMode.APPEND)));
    var config =
        new JsonSourceConfig(
            dir.resolve("all_types.jsonl").toString(), null, null, null, columns(), null);
    Reading r = Reading.of(new JsonSource(), config);
    assertThat(r.stream().schema()).isEqualTo(SCHEMA);
    assertThat(r.rejections()).isEmpty();
    assertThat(comparable(r.rows())).isEqualTo(comparable(rows()));
  }

  @Test
  void csvRoundTripInfersTheGuessableTypesWithoutColumns() {
    write(
        new CsvDestination()
            .open(new CsvDestinationConfig(dir.toString()), target(WriteMode.OVERWRITE)));
    Reading r =
        Reading.of(new CsvSource(), CsvSourceConfig.of(dir.resolve("all_types.csv").toString()));
    assertThat(r.stream().schema().fields())
        .extracting(Field::type)
        .containsExactly(
            DataType.BOOLEAN,
            DataType.INT,
            DataType.BIGINT,
            DataType.DOUBLE,
            DataType.DOUBLE,
            DataType.STRING,
            DataType.DATE,
            DataType.STRING,
            DataType.TIMESTAMP,
            DataType.TIMESTAMP_TZ,
            DataType.STRING,
            DataType.STRING);
  }
}
