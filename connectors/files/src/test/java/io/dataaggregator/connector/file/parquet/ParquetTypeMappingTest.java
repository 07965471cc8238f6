package io.dataaggregator.connector.file.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The mapping table of {@link ParquetTypes}, written then read. */
class ParquetTypeMappingTest {
  record Row(DataType engine, String parquet) {}

  static List<Row> table() {
    return List.of(
        new Row(DataType.BOOLEAN, "optional boolean c"),
        new Row(DataType.INT, "optional int32 c (INTEGER(32,true))"),
        new Row(DataType.BIGINT, "optional int64 c (INTEGER(64,true))"),
        new Row(DataType.decimal(9, 2), "optional int32 c (DECIMAL(9,2))"),
        new Row(DataType.decimal(18, 0), "optional int64 c (DECIMAL(18,0))"),
        new Row(DataType.decimal(19, 4), "optional fixed_len_byte_array(9) c (DECIMAL(19,4))"),
        new Row(DataType.decimal(38, 10), "optional fixed_len_byte_array(16) c (DECIMAL(38,10))"),
        new Row(DataType.DOUBLE, "optional double c"),
        new Row(DataType.STRING, "optional binary c (STRING)"),
        new Row(DataType.JSON, "optional binary c (JSON)"),
        new Row(DataType.BYTES, "optional binary c"),
        new Row(DataType.DATE, "optional int32 c (DATE)"),
        new Row(DataType.TIME, "optional int64 c (TIME(MICROS,false))"),
        new Row(DataType.TIMESTAMP, "optional int64 c (TIMESTAMP(MICROS,false))"),
        new Row(DataType.TIMESTAMP_TZ, "optional int64 c (TIMESTAMP(MICROS,true))"));
  }

  @ParameterizedTest
  @MethodSource("table")
  void writesEachEngineTypeAsItsParquetTypeAndReadsItBack(Row row) {
    PrimitiveType written = ParquetTypes.toParquet(Field.of("c", row.engine()), TimeUnit.MICROS);
    assertThat(written.toString()).isEqualTo(row.parquet());
    assertThat(ParquetTypes.toDataType(written)).isEqualTo(row.engine());
  }

  record Foreign(PrimitiveType parquet, DataType engine) {}

  static List<Foreign> foreign() {
    return List.of(
        new Foreign(Types.optional(PrimitiveTypeName.INT32).named("c"), DataType.INT),
        new Foreign(
            Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.intType(16, false))
                .named("c"),
            DataType.INT),
        new Foreign(
            Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.intType(32, false))
                .named("c"),
            DataType.BIGINT),
        new Foreign(
            Types.optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.intType(64, false))
                .named("c"),
            DataType.decimal(20, 0)),
        new Foreign(Types.optional(PrimitiveTypeName.FLOAT).named("c"), DataType.DOUBLE),
        new Foreign(Types.optional(PrimitiveTypeName.INT96).named("c"), DataType.TIMESTAMP),
        new Foreign(
            Types.optional(PrimitiveTypeName.INT64)
                .as(LogicalTypeAnnotation.timestampType(true, TimeUnit.NANOS))
                .named("c"),
            DataType.TIMESTAMP_TZ),
        new Foreign(
            Types.optional(PrimitiveTypeName.INT32)
                .as(LogicalTypeAnnotation.timeType(true, TimeUnit.MILLIS))
                .named("c"),
            DataType.TIME),
        new Foreign(
            Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.decimalType(2, 40))
                .named("c"),
            DataType.decimal(40, 2)),
        new Foreign(
            Types.optional(PrimitiveTypeName.BINARY)
                .as(LogicalTypeAnnotation.enumType())
                .named("c"),
            DataType.STRING),
        new Foreign(
            Types.optional(PrimitiveTypeName.BINARY)
                .as(LogicalTypeAnnotation.bsonType())
                .named("c"),
            DataType.BYTES),
        new Foreign(
            Types.optional(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY).length(16)
                .as(LogicalTypeAnnotation.uuidType())
                .named("c"),
            DataType.STRING),
        new Foreign(
            Types.optional(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY).length(2)
                .as(LogicalTypeAnnotation.float16Type())
                .named("c"),
            DataType.DOUBLE),
        new Foreign(Types.repeated(PrimitiveTypeName.INT32).named("c"), DataType.JSON));
  }

  @ParameterizedTest
  @MethodSource("foreign")
  void readsTypesOtherWritersUse(Foreign row) {
    assertThat(ParquetTypes.toDataType(row.parquet())).isEqualTo(row.engine());
  }
}
