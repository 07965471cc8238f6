package io.dataaggregator.connector.file;

/**
 * Strict number parsing: plain decimal or scientific notation only, so that codes such as {@code
 * 1d} or {@code 0x1F}, which Java's own parsers accept, stay text. Methods return null for text
 * that is not a number of the kind asked for.
 */
final class Numbers {
  private Numbers() {}

  static Integer parseInt(String t) {
    if (!isInteger(t)) {
      return null;
    }
    try {
      return Integer.parseInt(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Long parseLong(String t) {
    if (!isInteger(t)) {
      return null;
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Double parseDouble(String t) {
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
