package io.dataaggregator.connector.file.parquet;

import static io.dataaggregator.connector.file.parquet.RawParquet.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.connector.file.Reading;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.JsonText;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads types and shapes other writers produce: nested groups, lists, maps, legacy types. */
class ParquetForeignTypesTest {
  @TempDir Path dir;

  @Test
  void readsStructsListsMapsAndRepeatedFieldsAsJson() throws IOException {
    MessageType schema =
        Types.buildMessage()
            .required(PrimitiveTypeName.INT32).named("id")
            .optionalGroup()
                .optional(PrimitiveTypeName.BINARY)
                    .as(LogicalTypeAnnotation.stringType())
                    .named("city")
                .optional(PrimitiveTypeName.INT32)
                    .as(LogicalTypeAnnotation.decimalType(2, 6))
                    .named("lat")
                .named("address")
            .optionalList()
                .optionalElement(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                .named("tags")
            .optionalMap()
                .key(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                .optionalValue(PrimitiveTypeName.INT64)
                .named("counts")
            .repeated(PrimitiveTypeName.INT32).named("scores")
            .named("nested");
    Path file = dir.resolve("nested.parquet");
    RawParquet.write(file, schema, CompressionCodecName.ZSTD, 2, (rc, i) -> {
      field(rc, "id", 0, c -> c.addInteger(i));
      if (i == 1) {
        return; // every optional field null, the repeated one empty
      }
      field(rc, "address", 1, c -> {
        c.startGroup();
        field(c, "city", 0, v -> v.addBinary(Binary.fromString("Zürich")));
        field(c, "lat", 1, v -> v.addInteger(4737));
        c.endGroup();
      });
      field(rc, "tags", 2, c -> {
        c.startGroup();
        field(c, "list", 0, l -> {
          for (String tag : new String[] {"a", null, "c"}) {
            l.startGroup();
            if (tag != null) {
              field(l, "element", 0, e -> e.addBinary(Binary.fromString(tag)));
            }
            l.endGroup();
          }
        });
        c.endGroup();
      });
      field(rc, "counts", 3, c -> {
        c.startGroup();
        field(c, "key_value", 0, kv -> {
          kv.startGroup();
          field(kv, "key", 0, k -> k.addBinary(Binary.fromString("x")));
          field(kv, "value", 1, v -> v.addLong(7));
          kv.endGroup();
        });
        c.endGroup();
      });
      field(rc, "scores", 4, c -> {
        c.addInteger(3);
        c.addInteger(5);
      });
    });
    Reading r = Reading.of(new ParquetSource(), ParquetSourceConfig.of(file.toString()));
    assertThat(r.stream().schema().fields())
        .extracting(Field::type)
        .containsExactly(DataType.INT, DataType.JSON, DataType.JSON, DataType.JSON, DataType.JSON);
    assertThat(r.values().get(0))
        .containsExactly(
            0,
            new JsonText("{\"city\":\"Zürich\",\"lat\":47.37}"),
            new JsonText("[\"a\",null,\"c\"]"),
            new JsonText("{\"x\":7}"),
            new JsonText("[3,5]"));
    assertThat(r.values().get(1)).containsExactly(1, null, null, null, new JsonText("[]"));
  }

  @Test
  void readsLegacyAndUnsignedTypesByTheMappingTable() throws IOException {
    MessageType schema =
        Types.buildMessage()
            .optional(PrimitiveTypeName.INT32)
                .as(LogicalTypeAnnotation.intType(32, false))
                .named("u32")
            .optional(PrimitiveTypeName.INT64)
                .as(LogicalTypeAnnotation.intType(64, false))
                .named("u64")
            .optional(PrimitiveTypeName.FLOAT).named("f")
            .optional(PrimitiveTypeName.INT96).named("legacy_ts")
            .optional(PrimitiveTypeName.INT64)
                .as(LogicalTypeAnnotation.timestampType(true, TimeUnit.MILLIS))
                .named("utc_ms")
            .optional(PrimitiveTypeName.INT32)
                .as(LogicalTypeAnnotation.timeType(false, TimeUnit.MILLIS))
                .named("t_ms")
            .optional(PrimitiveTypeName.BINARY)
                .as(LogicalTypeAnnotation.decimalType(3, 30))
                .named("bin_dec")
            .optional(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY).length(16)
                .as(LogicalTypeAnnotation.uuidType())
                .named("id")
            .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.enumType()).named("kind")
            .optional(PrimitiveTypeName.BINARY).named("raw")
            .named("legacy");
    Path file = dir.resolve("legacy.parquet");
    ByteBuffer int96 = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    int96.putLong(3_600_000_000_001L).putInt(2_440_589); // 1970-01-02T01:00:00.000000001
    ByteBuffer uuid = ByteBuffer.allocate(16).putLong(0x0123456789abcdefL).putLong(-1L);
    RawParquet.write(file, schema, CompressionCodecName.GZIP, 1, (rc, i) -> {
      field(rc, "u32", 0, c -> c.addInteger(-1));
      field(rc, "u64", 1, c -> c.addLong(-1L));
      field(rc, "f", 2, c -> c.addFloat(1.5f));
      field(rc, "legacy_ts", 3, c -> c.addBinary(Binary.fromConstantByteArray(int96.array())));
      field(rc, "utc_ms", 4, c -> c.addLong(-1L));
      field(rc, "t_ms", 5, c -> c.addInteger(45_296_789));
      field(rc, "bin_dec", 6, c -> c.addBinary(Binary.fromConstantByteArray(
          new BigInteger("-123456789012345678901234567890").toByteArray())));
      field(rc, "id", 7, c -> c.addBinary(Binary.fromConstantByteArray(uuid.array())));
      field(rc, "kind", 8, c -> c.addBinary(Binary.fromString("GOLD")));
      field(rc, "raw", 9, c -> c.addBinary(Binary.fromConstantByteArray(new byte[] {9, 8})));
    });
    Reading r = Reading.of(new ParquetSource(), ParquetSourceConfig.of(file.toString()));
    assertThat(r.stream().schema().fields())
        .extracting(Field::type)
        .containsExactly(
            DataType.BIGINT, DataType.decimal(20, 0), DataType.DOUBLE, DataType.TIMESTAMP,
            DataType.TIMESTAMP_TZ, DataType.TIME, DataType.decimal(30, 3), DataType.STRING,
            DataType.STRING, DataType.BYTES);
    Object[] row = r.rows().getFirst();
    assertThat(row[0]).isEqualTo(4_294_967_295L);
    assertThat(row[1]).isEqualTo(new BigDecimal("18446744073709551615"));
    assertThat(row[2]).isEqualTo(1.5);
    assertThat(row[3]).isEqualTo(LocalDateTime.of(1970, 1, 2, 1, 0, 0, 1));
    assertThat(row[4])
        .isEqualTo(OffsetDateTime.of(1969, 12, 31, 23, 59, 59, 999_000_000, ZoneOffset.UTC));
    assertThat(row[5]).isEqualTo(LocalTime.of(12, 34, 56, 789_000_000));
    assertThat(row[6]).isEqualTo(new BigDecimal("-123456789012345678901234567.890"));
    assertThat(row[7]).isEqualTo("01234567-89ab-cdef-ffff-ffffffffffff");
    assertThat(row[8]).isEqualTo("GOLD");
    assertThat((byte[]) row[9]).containsExactly(9, 8);
  }
}
