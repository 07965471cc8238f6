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
    write(dir, "all", WriteMode.OVERWRITE, SCHEMA, rows(),
        ParquetDestinationConfig.of(dir.toString()));
    Reading r = Reading.of(new ParquetSource(),
        ParquetSourceConfig.of(dir.resolve("all.parquet").toString()));
    assertThat(r.stream().schema().fields())
        .extracting(Field::type)
        .isEqualTo(SCHEMA.fields().stream().map(Field::type).toList());
    assertThat(r.rejections()).isEmpty();
    assertThat(comparable(r.rows())).isEqualTo(comparable(rows()));
  }

  @Test
  void timestampTzKeepsTheInstantAndReadsBackAtUtc() {
    var schema = Schema.of(Field.of("tz", DataType.TIMESTAMP_TZ));
    var at = OffsetDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));
    write(dir, "tz", WriteMode.OVERWRITE, schema, List.<Object[]>of(new Object[] {at}),
        ParquetDestinationConfig.of(dir.toString()));
    Reading r =
        Reading.of(
            new ParquetSource(), ParquetSourceConfig.of(dir.resolve("tz.parquet").toString()));
    assertThat(r.rows().getFirst()[0])
        .isEqualTo(OffsetDateTime.of(2024, 6, 1, 6, 30, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void nanosecondUnitKeepsNanoseconds() {
    var schema = Schema.of(Field.of("ts", DataType.TIMESTAMP), Field.of("t", DataType.TIME));
    Object[] row = {LocalDateTime.of(2024, 1, 1, 0, 0, 0, 123_456_789), LocalTime.of(1, 2, 3, 4)};
    write(dir, "ns", WriteMode.OVERWRITE, schema, List.<Object[]>of(row),
        new ParquetDestinationConfig(dir.toString(), null, "lz4_raw", "nanos", null));
    Reading r =
        Reading.of(
            new ParquetSource(), ParquetSourceConfig.of(dir.resolve("ns.parquet").toString()));
    assertThat(r.rows().getFirst()).containsExactly(row);
  }

  @Test
  void runsWithoutHadoopOnTheClassPath() {
    assertThatThrownBy(() -> Class.forName("org.apache.hadoop.conf.Configuration"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("com.github.luben.zstd.Zstd"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void everyCompressionCodecRoundTrips() throws java.io.IOException {
    for (String codec : List.of("uncompressed", "snappy", "gzip", "zstd", "lz4_raw")) {
      Path folder = dir.resolve(codec);
      write(folder, "all", WriteMode.OVERWRITE, SCHEMA, rows(),
          new ParquetDestinationConfig(folder.toString(), null, codec, null, null));
      var config = ParquetSourceConfig.of(folder.resolve("all.parquet").toString());
      Reading r = Reading.of(new ParquetSource(), config);
      assertThat(comparable(r.rows())).as(codec).isEqualTo(comparable(rows()));
      assertThat(Files.exists(folder.resolve("all__rejected.jsonl"))).isFalse();
    }
  }
}
