package io.dataaggregator.connector.file;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.JsonText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The one place where text becomes typed values and typed values become text, for every text format
 * (CSV, JSON strings, ...). Thread-safe and stateless.
 *
 * <p>Parsing: STRING keeps the text as is; empty text is an empty BYTES value; every other type
 * ignores surrounding spaces and reads empty text as null. Booleans accept true/false, t/f, yes/no,
 * y/n, 1/0 in any case; numbers are plain decimal or scientific notation; dates, times and
 * timestamps are ISO-8601 (a space may replace the {@code T}, offsets are {@code Z}, {@code +02},
 * {@code +0200} or {@code +02:00}); bytes are base64 or {@code \x}-prefixed hex; JSON must be
 * well-formed. A decimal must fit its precision and scale without rounding.
 *
 * <p>Rendering is the inverse and what {@link #parse} reads back: ISO dates and times with seconds,
 * decimals without exponent, bytes as base64, JSON as its text.
 */
public final class TextValues {
  private TextValues() {}

  /**
   * The value of {@code text} as {@code type}; null for null (and for blank text unless STRING or
   * BYTES).
   *
   * @throws BadValueException naming the value and the type when it does not fit
   */
  public static Object parse(String text, DataType type) {
    if (text == null) {
      return null;
    }
    return switch (type.kind()) {
      case STRING -> text;
      case BYTES -> text.isEmpty() ? new byte[0] : parseStripped(text.strip(), type);
      default -> {
        String t = text.strip();
        yield t.isEmpty() ? null : parseStripped(t, type);
      }
    };
  }

  private static Object parseStripped(String t, DataType type) {
    Object value =
        switch (type.kind()) {
          case BOOLEAN -> bool(t);
          case INT -> Numbers.parseInt(t);
          case BIGINT -> Numbers.parseLong(t);
          case DECIMAL -> decimal(t, type);
          case DOUBLE -> Numbers.parseDouble(t);
          case DATE -> IsoTimes.date(t);
          case TIME -> IsoTimes.time(t);
          case TIMESTAMP -> IsoTimes.timestamp(t);
          case TIMESTAMP_TZ -> IsoTimes.timestampTz(t);
          case BYTES -> bytes(t);
          case JSON -> JsonTexts.parse(t);
          case STRING -> t;
        };
    if (value == null) {
      throw bad(t, type);
    }
    return value;
  }

  /** The exception {@link #parse} throws for {@code text} that is not a {@code type}. */
  public static BadValueException bad(String text, DataType type) {
    String shown = text.length() > 100 ? text.substring(0, 100) + "..." : text;
    return new BadValueException("'" + shown + "' is not " + article(type) + " " + type);
  }

  /** {@code value} (as {@link DataType} maps Java values) as text; null stays null. */
  public static String render(Object value) {
    return switch (value) {
      case null -> null;
      case String s -> s;
      case BigDecimal d -> d.toPlainString();
      case LocalTime t -> DateTimeFormatter.ISO_LOCAL_TIME.format(t);
      case LocalDateTime t -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
      case OffsetDateTime t -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
      case LocalDate d -> d.toString();
      case byte[] b -> Base64.getEncoder().encodeToString(b);
      case JsonText j -> j.json();
      default -> value.toString();
    };
  }

  private static Boolean bool(String t) {
    return switch (t.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "t", "yes", "y", "1" -> Boolean.TRUE;
      case "false", "f", "no", "n", "0" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static BigDecimal decimal(String t, DataType type) {
    if (!Numbers.isDecimal(t)) {
      return null;
    }
    BigDecimal d = new BigDecimal(t);
    try {
      d = d.setScale(type.scale(), RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new BadValueException(
          "'" + t + "' has more than " + type.scale() + " decimal places for " + type);
    }
    if (d.precision() - d.scale() > type.precision() - type.scale()) {
      throw new BadValueException("'" + t + "' is too large for " + type);
    }
    return d;
  }

  private static byte[] bytes(String t) {
    try {
      if (t.startsWith("\\x") || t.startsWith("\\X")) {
        return HexFormat.of().parseHex(t, 2, t.length());
      }
      return Base64.getDecoder().decode(t);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String article(DataType type) {
    return switch (type.kind()) {
      case INT -> "an";
      default -> "a";
    };
  }
}
