package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.TypeKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text a lookup matches key values by, computed the same way for the row's value and the
 * reference value, so that types that hold the same value match:
 *
 * <ul>
 *   <li>Numbers by their value, whatever their type: int 5, bigint 5, decimal 5.0 and 5.00 and
 *       double 5.0 are all {@code 5}.
 *   <li>When either side of a key pair is a number type, text on the other side that is written as
 *       a number ({@code 5}, {@code 5.0}, {@code -1e3}) counts as that number. Other text stays
 *       text: {@code 05} is {@code 5} against a number, but not against the text {@code 5}.
 *   <li>Everything else by its text: strings as they are (case and spaces count), dates and times
 *       in ISO form, instants with a time zone at UTC (the same instant matches whatever its
 *       offset), bytes in hex.
 *   <li>Null matches nothing.
 * </ul>
 */
final class LookupKeys {
  private static final Set<TypeKind> NUMBERS =
      EnumSet.of(TypeKind.INT, TypeKind.BIGINT, TypeKind.DECIMAL, TypeKind.DOUBLE);
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d{1,4})?");

  private LookupKeys() {}

  static boolean isNumber(DataType type) {
    return NUMBERS.contains(type.kind());
  }

  /**
   * The matching text of {@code value}, null for null.
   *
   * @param numeric whether the key pair is compared as numbers (one side is a number type)
   */
  static String text(Object value, boolean numeric) {
    return switch (value) {
      case null -> null;
      case BigDecimal d -> plain(d);
      case Integer i -> i.toString();
      case Long l -> l.toString();
      case Short s -> s.toString();
      case Byte b -> b.toString();
      case BigInteger b -> b.toString();
      case Double d -> Double.isFinite(d) ? plain(BigDecimal.valueOf(d)) : d.toString();
      case Float f -> text(Double.valueOf(f.toString()), numeric);
      case String s -> numeric && NUMBER.matcher(s).matches() ? plain(new BigDecimal(s)) : s;
      case OffsetDateTime t -> t.toInstant().toString();
      case byte[] b -> HexFormat.of().formatHex(b);
      default -> value.toString();
    };
  }

  /** Without trailing zeros; huge exponents keep their exponent rather than a million digits. */
  private static String plain(BigDecimal d) {
    BigDecimal s = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    return Math.abs(s.scale()) > 100 ? s.toString() : s.toPlainString();
  }
}
