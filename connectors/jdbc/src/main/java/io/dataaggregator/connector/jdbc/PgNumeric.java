package io.dataaggregator.connector.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;

/** BigDecimal to PostgreSQL's binary numeric: base-10000 digits with weight, sign and scale. */
final class PgNumeric {
  private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

  private PgNumeric() {}

  /**
   * The wire form: int16 digit count, int16 weight, int16 sign, int16 display scale, the digits
   * from the most significant one.
   */
  static short[] encode(BigDecimal value) {
    int scale = Math.max(value.scale(), 0);
    BigInteger unscaled = value.setScale(scale).unscaledValue().abs();
    // pad the fraction to whole base-10000 digits
    int pad = (4 - scale % 4) % 4;
    unscaled = unscaled.multiply(BigInteger.TEN.pow(pad));
    int fractionDigits = (scale + pad) / 4;
    short[] groups = groups(unscaled);
    int ndigits = groups.length;
    short[] out = new short[4 + ndigits];
    out[0] = (short) ndigits;
    out[1] = (short) (ndigits - 1 - fractionDigits);
    out[2] = (short) (value.signum() < 0 ? 0x4000 : 0);
    out[3] = (short) scale;
    for (int i = 0; i < ndigits; i++) {
      out[4 + i] = groups[ndigits - 1 - i];
    }
    return out;
  }

  /** Base-10000 digits, least significant first; none for zero. */
  private static short[] groups(BigInteger n) {
    if (n.signum() == 0) {
      return new short[0];
    }
    var list = new short[n.bitLength() / 13 + 2];
    int count = 0;
    if (n.bitLength() < 63) {
      for (long v = n.longValue(); v > 0; v /= 10_000) {
        list[count++] = (short) (v % 10_000);
      }
    } else {
      while (n.signum() > 0) {
        BigInteger[] qr = n.divideAndRemainder(TEN_THOUSAND);
        list[count++] = qr[1].shortValue();
        n = qr[0];
      }
    }
    return java.util.Arrays.copyOf(list, count);
  }
}
