package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.JsonText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

/**
 * Decoders of PostgreSQL's binary wire format (COPY ... FORMAT binary), one per type name of {@link
 * PgTypes#BINARY}; any other type is selected as {@code ::text} and decoded as text.
 */
final class PgBinaryValues {
  /** Decodes one non-null value of {@code len} bytes at {@code off}. */
  @FunctionalInterface
  interface Decoder {
    Object decode(byte[] b, int off, int len) throws BadValueException;
  }

  /** Seconds from 1970-01-01 to PostgreSQL's epoch 2000-01-01. */
  private static final long PG_EPOCH_SECONDS = 946_684_800L;

  private static final long PG_EPOCH_DAYS = 10_957L;
  private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

  private PgBinaryValues() {}

  static Decoder forType(String typeName, int column) {
    return switch (typeName) {
      case "bool" -> (b, off, len) -> b[off] != 0;
      case "int2" -> (b, off, len) -> (int) (short) int16(b, off);
      case "int4" -> (b, off, len) -> int32(b, off);
      case "int8" -> (b, off, len) -> int64(b, off);
      case "float4" ->
          (b, off, len) -> Double.parseDouble(Float.toString(Float.intBitsToFloat(int32(b, off))));
      case "float8" -> (b, off, len) -> Double.longBitsToDouble(int64(b, off));
      case "numeric" -> (b, off, len) -> numeric(b, off, column);
      case "uuid" -> (b, off, len) -> new UUID(int64(b, off), int64(b, off + 8)).toString();
      case "date" -> (b, off, len) -> date(int32(b, off));
      case "time" -> (b, off, len) -> time(int64(b, off));
      case "timestamp" -> (b, off, len) -> timestamp(int64(b, off));
      case "timestamptz" ->
          (b, off, len) -> OffsetDateTime.of(timestamp(int64(b, off)), ZoneOffset.UTC);
      case "bytea" -> (b, off, len) -> Arrays.copyOfRange(b, off, off + len);
      case "json" -> (b, off, len) -> new JsonText(text(b, off, len));
      // jsonb's binary form is a version byte (1) and the text
      case "jsonb" -> (b, off, len) -> new JsonText(text(b, off + 1, len - 1));
      default -> PgBinaryValues::text;
    };
  }

  static String text(byte[] b, int off, int len) {
    return new String(b, off, len, StandardCharsets.UTF_8);
  }

  static int int16(byte[] b, int off) {
    return ((b[off] & 0xff) << 8) | (b[off + 1] & 0xff);
  }

  static int int32(byte[] b, int off) {
    return ((b[off] & 0xff) << 24)
        | ((b[off + 1] & 0xff) << 16)
        | ((b[off + 2] & 0xff) << 8)
        | (b[off + 3] & 0xff);
  }

  static long int64(byte[] b, int off) {
    return ((long) int32(b, off) << 32) | (int32(b, off + 4) & 0xffffffffL);
  }

  private static LocalDate date(int days) {
    if (days == Integer.MAX_VALUE || days == Integer.MIN_VALUE) {
      return days > 0 ? LocalDate.MAX : LocalDate.MIN;
    }
    return LocalDate.ofEpochDay(days + PG_EPOCH_DAYS);
  }

  private static LocalTime time(long micros) {
    // PostgreSQL allows 24:00:00, one past the last LocalTime
    return micros >= 86_400_000_000L ? LocalTime.MAX : LocalTime.ofNanoOfDay(micros * 1000);
  }

  private static LocalDateTime timestamp(long micros) {
    if (micros == Long.MAX_VALUE || micros == Long.MIN_VALUE) {
      return micros > 0 ? LocalDateTime.MAX : LocalDateTime.MIN;
    }
    long seconds = Math.floorDiv(micros, 1_000_000L) + PG_EPOCH_SECONDS;
    int nanos = (int) Math.floorMod(micros, 1_000_000L) * 1000;
    return LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC);
  }

  /**
   * numeric: int16 digit count, int16 weight (of the first base-10000 digit), int16 sign, int16
   * display scale, then the base-10000 digits.
   */
  private static BigDecimal numeric(byte[] b, int off, int column) throws BadValueException {
    int ndigits = int16(b, off);
    int weight = (short) int16(b, off + 2);
    int sign = int16(b, off + 4);
    int dscale = int16(b, off + 6);
    if (sign != 0 && sign != 0x4000) {
      String what = sign == 0xC000 ? "NaN" : sign == 0xD000 ? "Infinity" : "-Infinity";
      throw new BadValueException(column, "numeric " + what + " has no decimal counterpart");
    }
    BigInteger unscaled;
    if (ndigits <= 4) {
      long acc = 0;
      for (int i = 0; i < ndigits; i++) {
        acc = acc * 10_000 + int16(b, off + 8 + 2 * i);
      }
      unscaled = BigInteger.valueOf(acc);
    } else {
      unscaled = BigInteger.ZERO;
      for (int i = 0; i < ndigits; i++) {
        unscaled =
            unscaled.multiply(TEN_THOUSAND).add(BigInteger.valueOf(int16(b, off + 8 + 2 * i)));
      }
    }
    BigDecimal value = new BigDecimal(unscaled, -4 * (weight - ndigits + 1));
    value = value.setScale(dscale, RoundingMode.UNNECESSARY);
    return sign == 0x4000 ? value.negate() : value;
  }
}
