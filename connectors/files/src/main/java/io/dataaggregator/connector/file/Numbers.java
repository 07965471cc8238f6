package io.dataaggregator.connector.file;

/**
 * Strict number parsing: plain decimal or scientific notation only, so that codes such as {@code
 * 1d} or {@code 0x1F}, which Java's own parsers accept, stay text. Methods return null for text
 * that is not a number of the kind asked for.
 */
final class Numbers {
  private Numbers() {}

  private static final double[] POWERS_OF_TEN = new double[23];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  /** Marks "not a number" in {@link #fastLong}; the fast path never produces it as a value. */
  private static final long INVALID = Long.MIN_VALUE;

  static Integer parseInt(String t) {
    long v = fastLong(t);
    if (v == INVALID) {
      Long slow = parseLongSlow(t);
      return slow == null || slow != slow.intValue() ? null : slow.intValue();
    }
    return v == (int) v ? Integer.valueOf((int) v) : null;
  }

  static Long parseLong(String t) {
    long v = fastLong(t);
    return v == INVALID ? parseLongSlow(t) : Long.valueOf(v);
  }

  /** Up to 18 digits with an optional sign; {@link #INVALID} for anything else. */
  private static long fastLong(String t) {
    int n = t.length();
    int i = signEnd(t);
    if (i == n || n - i > 18) {
      return INVALID;
    }
    long v = 0;
    for (; i < n; i++) {
      int d = t.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return INVALID;
      }
      v = v * 10 + d;
    }
    return t.charAt(0) == '-' ? -v : v;
  }

  private static Long parseLongSlow(String t) {
    if (!isInteger(t)) {
      return null;
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Plain decimals of at most 15 digits take the exact fast path (an integer mantissa divided by a
   * power of ten, both exact doubles, rounds correctly); the rest goes through the JDK.
   */
  static Double parseDouble(String t) {
    int n = t.length();
    int i = signEnd(t);
    long mantissa = 0;
    int digits = 0;
    int scale = -1;
    for (; i < n; i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9' && digits < 15) {
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        scale += scale >= 0 ? 1 : 0;
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else {
        return parseDoubleSlow(t);
      }
    }
    if (digits == 0) {
      return parseDoubleSlow(t);
    }
    double v = mantissa / POWERS_OF_TEN[Math.max(scale, 0)];
    return t.charAt(0) == '-' ? -v : v;
  }

  private static Double parseDoubleSlow(String t) {
    return switch (t) {
      case "NaN" -> Double.NaN;
      case "Infinity", "+Infinity", "inf", "+inf" -> Double.POSITIVE_INFINITY;
      case "-Infinity", "-inf" -> Double.NEGATIVE_INFINITY;
      default -> isDecimal(t) ? Double.valueOf(Double.parseDouble(t)) : null;
    };
  }

  /** An optional sign and ASCII digits. */
  static boolean isInteger(String t) {
    int i = signEnd(t);
    if (i == t.length()) {
      return false;
    }
    for (; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code [+-]digits[.digits][e[+-]digits]}, with digits on at least one side of the point. */
  static boolean isDecimal(String t) {
    int i = signEnd(t);
    int n = t.length();
    int mantissaDigits = 0;
    while (i < n && isDigit(t.charAt(i))) {
      i++;
      mantissaDigits++;
    }
    if (i < n && t.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(t.charAt(i))) {
        i++;
        mantissaDigits++;
      }
    }
    if (mantissaDigits == 0) {
      return false;
    }
    if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      i++;
      if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
        i++;
      }
      int expStart = i;
      while (i < n && isDigit(t.charAt(i))) {
        i++;
      }
      if (i == expStart) {
        return false;
      }
    }
    return i == n;
  }

  private static int signEnd(String t) {
    return !t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '+') ? 1 : 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
