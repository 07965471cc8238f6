package io.dataaggregator.connector.file.parquet;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * The Parquet type mapping, both ways.
 *
 * <p>Reading: BOOLEAN boolean; INT32 int (unsigned 32-bit: bigint); INT64 bigint (unsigned:
 * decimal(20,0)); DECIMAL on any physical type decimal(p,s); FLOAT, DOUBLE, FLOAT16 double;
 * STRING, ENUM, UUID string; JSON json; other BINARY/FIXED bytes; DATE date; TIME time;
 * TIMESTAMP adjusted to UTC timestamp_tz, not adjusted timestamp; INT96 timestamp; groups, lists,
 * maps and repeated fields json.
 *
 * <p>Writing: boolean BOOLEAN; int INT32; bigint INT64; decimal(p,s) DECIMAL on INT32 (p &lt;= 9),
 * INT64 (p &lt;= 18) or FIXED_LEN_BYTE_ARRAY; double DOUBLE; string STRING; json JSON; bytes
 * BINARY; date DATE; time TIME(unit, not adjusted); timestamp TIMESTAMP(unit, not adjusted);
 * timestamp_tz TIMESTAMP(unit, adjusted to UTC). Every column is optional.
 */
public final class ParquetTypes {
  private ParquetTypes() {}

  /** The engine type a top-level Parquet field reads as. */
  public static DataType toDataType(Type type) {
    if (!type.isPrimitive() || type.isRepetition(Type.Repetition.REPEATED)) {
      return DataType.JSON;
    }
    PrimitiveType p = type.asPrimitiveType();
    LogicalTypeAnnotation a = p.getLogicalTypeAnnotation();
    if (a instanceof DecimalLogicalTypeAnnotation d) {
      return DataType.decimal(Math.max(1, d.getPrecision()), d.getScale());
    }
    return switch (p.getPrimitiveTypeName()) {
      case BOOLEAN -> DataType.BOOLEAN;
      case INT32 -> int32(a);
      case INT64 -> int64(a);
      case INT96 -> DataType.TIMESTAMP;
      case FLOAT, DOUBLE -> DataType.DOUBLE;
      case BINARY -> binary(a);
      case FIXED_LEN_BYTE_ARRAY -> fixed(a);
    };
  }

  private static DataType int32(LogicalTypeAnnotation a) {
    return switch (a) {
      case LogicalTypeAnnotation.DateLogicalTypeAnnotation d -> DataType.DATE;
      case LogicalTypeAnnotation.TimeLogicalTypeAnnotation t -> DataType.TIME;
      case IntLogicalTypeAnnotation i when !i.isSigned() && i.getBitWidth() == 32 ->
          DataType.BIGINT;
      case null, default -> DataType.INT;
    };
  }

  private static DataType int64(LogicalTypeAnnotation a) {
    return switch (a) {
      case LogicalTypeAnnotation.TimeLogicalTypeAnnotation t -> DataType.TIME;
      case TimestampLogicalTypeAnnotation t ->
          t.isAdjustedToUTC() ? DataType.TIMESTAMP_TZ : DataType.TIMESTAMP;
      case IntLogicalTypeAnnotation i when !i.isSigned() -> DataType.decimal(20, 0);
      case null, default -> DataType.BIGINT;
    };
  }

  private static DataType binary(LogicalTypeAnnotation a) {
    return switch (a) {
      case LogicalTypeAnnotation.StringLogicalTypeAnnotation s -> DataType.STRING;
      case LogicalTypeAnnotation.EnumLogicalTypeAnnotation e -> DataType.STRING;
      case LogicalTypeAnnotation.JsonLogicalTypeAnnotation j -> DataType.JSON;
      case null, default -> DataType.BYTES;
    };
  }

  private static DataType fixed(LogicalTypeAnnotation a) {
    return switch (a) {
      case LogicalTypeAnnotation.UUIDLogicalTypeAnnotation u -> DataType.STRING;
      case LogicalTypeAnnotation.Float16LogicalTypeAnnotation f -> DataType.DOUBLE;
      case null, default -> DataType.BYTES;
    };
  }

  /** The stream schema of a file schema: one field per top-level Parquet field. */
  public static Schema toSchema(MessageType message) {
    var fields = new ArrayList<Field>();
    for (Type t : message.getFields()) {
      fields.add(
          new Field(t.getName(), toDataType(t), !t.isRepetition(Type.Repetition.REQUIRED)));
    }
    return new Schema(fields);
  }

  /** The Parquet schema the destination writes for {@code schema}; {@code unit} for times. */
  public static MessageType toMessage(Schema schema, TimeUnit unit) {
    var message = Types.buildMessage();
    for (Field f : schema.fields()) {
      message.addField(toParquet(f, unit));
    }
    return message.named("schema");
  }

  /** The (optional) Parquet column a field is written as. */
  public static PrimitiveType toParquet(Field f, TimeUnit unit) {
    DataType t = f.type();
    var timeUnit = unit == TimeUnit.MILLIS ? TimeUnit.MICROS : unit;
    return switch (t.kind()) {
      case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named(f.name());
      case INT -> annotated(PrimitiveTypeName.INT32, LogicalTypeAnnotation.intType(32, true), f);
      case BIGINT -> annotated(PrimitiveTypeName.INT64, LogicalTypeAnnotation.intType(64, true), f);
      case DECIMAL -> decimal(f);
      case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named(f.name());
      case STRING -> annotated(PrimitiveTypeName.BINARY, LogicalTypeAnnotation.stringType(), f);
      case JSON -> annotated(PrimitiveTypeName.BINARY, LogicalTypeAnnotation.jsonType(), f);
      case BYTES -> Types.optional(PrimitiveTypeName.BINARY).named(f.name());
      case DATE -> annotated(PrimitiveTypeName.INT32, LogicalTypeAnnotation.dateType(), f);
      case TIME ->
          annotated(PrimitiveTypeName.INT64, LogicalTypeAnnotation.timeType(false, timeUnit), f);
      case TIMESTAMP ->
          annotated(PrimitiveTypeName.INT64, LogicalTypeAnnotation.timestampType(false, unit), f);
      case TIMESTAMP_TZ ->
          annotated(PrimitiveTypeName.INT64, LogicalTypeAnnotation.timestampType(true, unit), f);
    };
  }

  private static PrimitiveType annotated(
      PrimitiveTypeName physical, LogicalTypeAnnotation annotation, Field f) {
    return Types.optional(physical).as(annotation).named(f.name());
  }

  private static PrimitiveType decimal(Field f) {
    int p = f.type().precision();
    var annotation = LogicalTypeAnnotation.decimalType(f.type().scale(), p);
    if (p <= 9) {
      return annotated(PrimitiveTypeName.INT32, annotation, f);
    }
    if (p <= 18) {
      return annotated(PrimitiveTypeName.INT64, annotation, f);
    }
    return Types.optional(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY)
        .length(decimalBytes(p))
        .as(annotation)
        .named(f.name());
  }

  /** The fewest bytes whose two's complement holds every unscaled value of {@code precision}. */
  static int decimalBytes(int precision) {
    // 10^p - 1 needs ceil(p * log2(10)) bits, plus a sign bit.
    int bits = (int) Math.ceil(precision * (Math.log(10) / Math.log(2))) + 1;
    return (bits + 7) / 8;
  }
}
