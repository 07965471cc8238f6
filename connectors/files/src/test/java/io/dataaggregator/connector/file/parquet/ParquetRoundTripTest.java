package io.dataaggregator.connector.file.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.connector.file.Reading;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes every type with the parquet destination and reads it back with the parquet source. */
class ParquetRoundTripTest {
  static final Schema SCHEMA =
      Schema.of(
          Field.of("b", DataType.BOOLEAN),
          Field.of("i", DataType.INT),
          Field.of("l", DataType.BIGINT),
          Field.of("small", DataType.decimal(7, 2)),
          Field.of("medium", DataType.decimal(15, 3)),
          Field.of("large", DataType.decimal(38, 10)),
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
          new BigDecimal("-12345.67"),
          new BigDecimal("123456789012.345"),
          new BigDecimal("-1234567890123456789012345678.0123456789"),
          0.1 + 0.2,
          "ünïcödé ✓, \"quoted\"\nline",
          LocalDate.of(1999, 12, 31),
          LocalTime.of(23, 59, 59, 123_456_000),
          LocalDateTime.of(1969, 7, 20, 20, 17, 40, 1_000),
          OffsetDateTime.of(2024, 3, 10, 2, 30, 0, 0, ZoneOffset.UTC),
          new byte[] {0, 1, 2, (byte) 0xFE, (byte) 0xFF},
          new JsonText("{\"a\":[1,2.5,\"x\"],\"b\":null}")
        });
    rows.add(
        new Object[] {
          false,
          Integer.MIN_VALUE,
          Long.MAX_VALUE,
          new BigDecimal("99999.99"),
          new BigDecimal("-999999999999.999"),
          new BigDecimal("9999999999999999999999999999.9999999999"),
          Double.NaN,
          "",
          LocalDate.of(1, 1, 1),
          LocalTime.MIDNIGHT,
          LocalDateTime.of(2262, 4, 11, 23, 47, 16),
          OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
          new byte[0],
          new JsonText("[]")
        });
    rows.add(new Object[SCHEMA.size()]);
    return rows;
  }

  static void write(Path folder, String table, WriteMode mode, Schema schema, List<Object[]> rows,
      ParquetDestinationConfig config) {
    var target = new WriteTarget("p", table, table, schema, mode, List.of());
    try (BatchWriter w = new ParquetDestination().open(config, target)) {
      w.write(new Batch(schema, rows));
      w.commit(Checkpoint.START);
      w.finish();
    }
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
  void keepsEveryTypeExactlyIncludingDecimalsOnAllThreePhysicalTypes() {
    write(dir, "all", WriteMode.OVERWRITE, SCHEMA, rows(), ParquetDestinationConfig.of(dir.toString()));
    Reading r = Reading.of(new ParquetSource(), ParquetSourceConfig.of(dir.resolve("all.parquet").toString()));
    assertThat(r.stream().schema().fields()).extracting(Field::type).isEqualTo(SCHEMA.fields().stream().map(Field::type).toList());
    assertThat(r.rejections()).isEmpty();
    assertThat(comparable(r.rows())).isEqualTo(comparable(rows()));
  }
}
