package io.dataaggregator.connector.file.parquet;

import io.dataaggregator.connector.file.BadValueException;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.JsonText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;

/**
 * Turns engine values into what a Parquet column stores (see {@link ParquetTypes}), in two steps
 * so a row is checked whole before any of it is written: {@link #prepare} converts (or rejects),
 * {@link #write} stores. Decimals are rescaled only where no digit is lost; times and timestamps
 * finer than the unit are rejected rather than truncated. Thread-safe.
 */
final class ColumnWriters {
  private ColumnWriters() {}

  /**
   * The stored form of {@code value} for column {@code f}: Integer, Long, Double, Boolean or
   * Binary.
   *
   * @throws BadValueException naming the column when the value does not fit
   */
  static Object prepare(Field f, Object value, TimeUnit unit) {
    if (value == null) {
      return null;
    }
    DataType t = f.type();
    try {
      return switch (t.kind()) {
        case BOOLEAN, INT, BIGINT, DOUBLE -> value;
        case DECIMAL -> decimal((BigDecimal) value, t, f);
        case STRING -> Binary.fromString((String) value);
        case JSON -> Binary.fromString(((JsonText) value).json());
        case BYTES -> Binary.fromConstantByteArray((byte[]) value);
        case DATE -> (int) ((LocalDate) value).toEpochDay();
        case TIME -> units(0, ((LocalTime) value).toNanoOfDay(), unit, f, value);
        case TIMESTAMP -> {
          var ts = (LocalDateTime) value;
          yield units(ts.toEpochSecond(ZoneOffset.UTC), ts.getNano(), unit, f, value);
        }
        case TIMESTAMP_TZ -> {
          var ts = (OffsetDateTime) value;
          yield units(ts.toEpochSecond(), ts.getNano(), unit, f, value);
        }
      };
    } catch (ClassCastException e) {
      throw bad(f, "holds a " + value.getClass().getSimpleName() + ", not a " + t);
    }
  }

  /** Writes a prepared value (or null) as the only value of the record in {@code column}. */
  static void write(ColumnWriter column, Object prepared) {
    switch (prepared) {
      case null -> column.writeNull(0, 0);
      case Integer v -> column.write(v, 0, 1);
      case Long v -> column.write(v, 0, 1);
      case Double v -> column.write(v, 0, 1);
      case Boolean v -> column.write(v, 0, 1);
      case Binary v -> column.write(v, 0, 1);
      default -> throw new IllegalStateException("unprepared value " + prepared.getClass());
    }
  }

  private static Object decimal(BigDecimal d, DataType t, Field f) {
    BigDecimal scaled;
    try {
      scaled = d.setScale(t.scale(), RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw bad(f, d.toPlainString() + " has more than " + t.scale() + " decimal places for " + t);
    }
    if (scaled.precision() - scaled.scale() > t.precision() - t.scale()) {
      throw bad(f, d.toPlainString() + " is too large for " + t);
    }
    var unscaled = scaled.unscaledValue();
    if (t.precision() <= 9) {
      return unscaled.intValueExact();
    }
    if (t.precision() <= 18) {
      return unscaled.longValueExact();
    }
    return Binary.fromConstantByteArray(fixedWidth(unscaled.toByteArray(), t.precision()));
  }

  /** Two's complement big-endian, sign-extended to the column's fixed length. */
  private static byte[] fixedWidth(byte[] minimal, int precision) {
    int length = ParquetTypes.decimalBytes(precision);
    byte[] out = new byte[length];
    Arrays.fill(out, 0, length - minimal.length, minimal[0] < 0 ? (byte) 0xFF : 0);
    System.arraycopy(minimal, 0, out, length - minimal.length, minimal.length);
    return out;
  }

  /** Seconds and nanos in {@code unit}, rejecting a value finer than the unit. */
  private static long units(long seconds, long nanos, TimeUnit unit, Field f, Object value) {
    long perUnit = unit == TimeUnit.NANOS ? 1 : unit == TimeUnit.MICROS ? 1_000 : 1_000_000;
    if (nanos % perUnit != 0) {
      throw bad(
          f,
          value
              + " is finer than "
              + unit.name().toLowerCase(java.util.Locale.ROOT)
              + "; set timestamp_unit: nanos to keep it");
    }
    try {
      return Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L / perUnit), nanos / perUnit);
    } catch (ArithmeticException e) {
      throw bad(f, value + " is out of the range Parquet " + unit + " timestamps can hold");
    }
  }

  private static BadValueException bad(Field f, String problem) {
    return new BadValueException(f.name(), "column '" + f.name() + "': " + problem);
  }
}
