package io.dataaggregator.engine.transform.steps;

import static io.dataaggregator.engine.transform.steps.CastException.show;

import io.dataaggregator.engine.type.DataType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Exact numeric conversions: a value that does not fit is an error, never rounded or wrapped. */
final class Numbers {
  private static final BigDecimal MIN_LONG = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);

  private Numbers() {}

  /** {@code n} (Integer, Long, Double, BigDecimal) as a BigDecimal; NaN and infinities fail. */
  static BigDecimal decimal(Object n, Object original) throws CastException {
    return switch (n) {
      case BigDecimal d -> d;
      case Long l -> BigDecimal.valueOf(l);
      case Integer i -> BigDecimal.valueOf(i);
      case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d);
      case Boolean b -> b ? BigDecimal.ONE : BigDecimal.ZERO;
      default -> throw new CastException(show(original) + " is not a finite number");
    };
  }

  static long toLong(Object n, Object original) throws CastException {
    if (n instanceof Long l) {
      return l;
    } else if (n instanceof Integer i) {
      return i;
    }
    BigDecimal d = decimal(n, original);
    if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
      throw new CastException(show(original) + " is not a whole number");
    }
    if (d.compareTo(MIN_LONG) < 0 || d.compareTo(MAX_LONG) > 0) {
      throw new CastException(show(original) + " does not fit a bigint");
    }
    return d.longValue();
  }

  static int toInt(Object n, Object original) throws CastException {
    long l = toLong(n, original);
    if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
      throw new CastException(show(original) + " does not fit an int (-2147483648..2147483647)");
    }
    return (int) l;
  }

  static BigDecimal toDecimal(Object n, DataType to, Object original) throws CastException {
    BigDecimal d = decimal(n, original);
    BigDecimal scaled;
    try {
      scaled = d.setScale(to.scale(), RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new CastException(
          show(original) + " has more than " + to.scale() + " decimal places for " + to);
    }
    if (scaled.precision() > to.precision()
        && scaled.unscaledValue().compareTo(BigInteger.ZERO) != 0) {
      throw new CastException(show(original) + " does not fit " + to);
    }
    return scaled;
  }

  static double toDouble(Object n, Object original) throws CastException {
    return n instanceof Double d ? d : decimal(n, original).doubleValue();
  }
}
