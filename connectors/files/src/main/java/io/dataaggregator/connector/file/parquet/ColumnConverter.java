package io.dataaggregator.connector.file.parquet;

import io.dataaggregator.engine.type.JsonText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * Turns the values of one Parquet primitive column into engine values (see {@link ParquetTypes}
 * for which) and hands each to a sink. Dictionary-encoded text columns are decoded once per
 * dictionary. Used by one thread.
 */
final class ColumnConverter extends PrimitiveConverter {
  private static final long JULIAN_EPOCH_DAY = 2_440_588;
  private static final long NANOS_PER_DAY = 86_400_000_000_000L;

  private final PrimitiveType type;
  private final LogicalTypeAnnotation annotation;
  private final Consumer<Object> sink;
  private final int scale;
  private Object[] dictionary;

  ColumnConverter(PrimitiveType type, Consumer<Object> sink) {
    this.type = type;
    this.annotation = type.getLogicalTypeAnnotation();
    this.sink = sink;
    this.scale = annotation instanceof DecimalLogicalTypeAnnotation d ? d.getScale() : 0;
  }

  @Override
  public boolean hasDictionarySupport() {
    return switch (type.getPrimitiveTypeName()) {
      case BINARY, FIXED_LEN_BYTE_ARRAY -> !(ParquetTypes.toDataType(type).kind()
          == io.dataaggregator.engine.type.TypeKind.BYTES);
      default -> false;
    };
  }

  @Override
  public void setDictionary(Dictionary d) {
    dictionary = new Object[d.getMaxId() + 1];
    for (int i = 0; i < dictionary.length; i++) {
      dictionary[i] = binary(d.decodeToBinary(i));
    }
  }

  @Override
  public void addValueFromDictionary(int id) {
    sink.accept(dictionary[id]);
  }

  @Override
  public void addBoolean(boolean value) {
    sink.accept(value);
  }

  @Override
  public void addFloat(float value) {
    sink.accept((double) value);
  }

  @Override
  public void addDouble(double value) {
    sink.accept(value);
  }

  @Override
  public void addInt(int v) {
    sink.accept(
        switch (annotation) {
          case DecimalLogicalTypeAnnotation d -> BigDecimal.valueOf(v, scale);
          case LogicalTypeAnnotation.DateLogicalTypeAnnotation d -> LocalDate.ofEpochDay(v);
          case TimeLogicalTypeAnnotation t -> LocalTime.ofNanoOfDay(v * 1_000_000L);
          case IntLogicalTypeAnnotation i when !i.isSigned() && i.getBitWidth() == 32 ->
              Integer.toUnsignedLong(v);
          case null, default -> v;
        });
  }

  @Override
  public void addLong(long v) {
    sink.accept(
        switch (annotation) {
          case DecimalLogicalTypeAnnotation d -> BigDecimal.valueOf(v, scale);
          case TimeLogicalTypeAnnotation t -> LocalTime.ofNanoOfDay(nanos(v, t.getUnit()));
          case TimestampLogicalTypeAnnotation t -> timestamp(v, t);
          case IntLogicalTypeAnnotation i when !i.isSigned() ->
              new BigDecimal(Long.toUnsignedString(v));
          case null, default -> v;
        });
  }

  @Override
  public void addBinary(Binary value) {
    sink.accept(binary(value));
  }

  private Object binary(Binary b) {
    if (type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT96) {
      return int96(b);
    }
    return switch (annotation) {
      case LogicalTypeAnnotation.StringLogicalTypeAnnotation s -> b.toStringUsingUTF8();
      case LogicalTypeAnnotation.EnumLogicalTypeAnnotation e -> b.toStringUsingUTF8();
      case LogicalTypeAnnotation.JsonLogicalTypeAnnotation j -> new JsonText(b.toStringUsingUTF8());
      case DecimalLogicalTypeAnnotation d -> new BigDecimal(new BigInteger(b.getBytes()), scale);
      case LogicalTypeAnnotation.UUIDLogicalTypeAnnotation u -> uuid(b);
      case LogicalTypeAnnotation.Float16LogicalTypeAnnotation f ->
          (double) Float.float16ToFloat(b.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN).getShort());
      case null, default -> b.getBytes();
    };
  }

  private static String uuid(Binary b) {
    ByteBuffer buf = b.toByteBuffer();
    return new UUID(buf.getLong(), buf.getLong()).toString();
  }

  /** INT96 as Impala and Spark wrote it: nanos of day, then the Julian day, little-endian. */
  private static LocalDateTime int96(Binary b) {
    ByteBuffer buf = b.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    long nanosOfDay = buf.getLong();
    long julianDay = Integer.toUnsignedLong(buf.getInt());
    long epochNanosDay = Math.floorMod(nanosOfDay, NANOS_PER_DAY);
    return LocalDate.ofEpochDay(julianDay - JULIAN_EPOCH_DAY)
        .atStartOfDay()
        .plusNanos(epochNanosDay);
  }

  private static Object timestamp(long v, TimestampLogicalTypeAnnotation t) {
    long seconds;
    long nanos;
    switch (t.getUnit()) {
      case MILLIS -> {
        seconds = Math.floorDiv(v, 1_000L);
        nanos = Math.floorMod(v, 1_000L) * 1_000_000L;
      }
      case MICROS -> {
        seconds = Math.floorDiv(v, 1_000_000L);
        nanos = Math.floorMod(v, 1_000_000L) * 1_000L;
      }
      default -> {
        seconds = Math.floorDiv(v, 1_000_000_000L);
        nanos = Math.floorMod(v, 1_000_000_000L);
      }
    }
    if (t.isAdjustedToUTC()) {
      return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos), ZoneOffset.UTC);
    }
    return LocalDateTime.ofEpochSecond(seconds, (int) nanos, ZoneOffset.UTC);
  }

  private static long nanos(long v, TimeUnit unit) {
    return switch (unit) {
      case MILLIS -> v * 1_000_000L;
      case MICROS -> v * 1_000L;
      case NANOS -> v;
    };
  }
}
