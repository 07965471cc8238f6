package io.dataaggregator.connector.file;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.TypeKind;

/**
 * Guesses column types from sample text and combines the guesses of many values into one type that
 * fits them all. Every guess is a type {@link TextValues#parse} accepts the text as.
 */
public final class TypeGuess {
  private TypeGuess() {}

  /**
   * The narrowest type of {@code text}: null for empty text (no evidence), boolean for true/false,
   * int or bigint for integers (integers with a leading zero, like zip codes, stay strings), double
   * for other numbers, date, timestamp or timestamp_tz for ISO-8601 values, else string.
   */
  public static DataType of(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
      return DataType.BOOLEAN;
    }
    if (Numbers.isInteger(t)) {
      return integer(t);
    }
    if (Numbers.isDecimal(t)) {
      return DataType.DOUBLE;
    }
    if (t.length() >= 10 && t.charAt(4) == '-') {
      return temporal(t);
    }
    return DataType.STRING;
  }

  /** The narrowest type both {@code a} and {@code b} values fit; null means "no evidence yet". */
  public static DataType widen(DataType a, DataType b) {
    if (a == null || a.equals(b)) {
      return b == null ? a : b;
    }
    if (b == null) {
      return a;
    }
    if (isNumeric(a) && isNumeric(b)) {
      return isInteger(a) && isInteger(b) ? DataType.BIGINT : DataType.DOUBLE;
    }
    if (isDateOrTimestamp(a) && isDateOrTimestamp(b)) {
      return DataType.TIMESTAMP;
    }
    if (a.kind() == TypeKind.JSON || b.kind() == TypeKind.JSON) {
      return DataType.JSON;
    }
    return DataType.STRING;
  }

  /** The type of a column that had no value in the sample: string. */
  public static DataType orString(DataType guess) {
    return guess == null ? DataType.STRING : guess;
  }

  private static DataType integer(String t) {
    int digitsStart = t.charAt(0) == '-' || t.charAt(0) == '+' ? 1 : 0;
    if (t.length() - digitsStart > 1 && t.charAt(digitsStart) == '0') {
      return DataType.STRING;
    }
    Long v = Numbers.parseLong(t);
    if (v == null) {
      return DataType.STRING;
    }
    return v == v.intValue() ? DataType.INT : DataType.BIGINT;
  }

  private static DataType temporal(String t) {
    if (IsoTimes.date(t) != null) {
      return DataType.DATE;
    }
    if (IsoTimes.timestamp(t) != null) {
      return DataType.TIMESTAMP;
    }
    if (IsoTimes.timestampTz(t) != null) {
      return DataType.TIMESTAMP_TZ;
    }
    return DataType.STRING;
  }

  private static boolean isNumeric(DataType t) {
    return isInteger(t) || t.kind() == TypeKind.DOUBLE || t.kind() == TypeKind.DECIMAL;
  }

  private static boolean isInteger(DataType t) {
    return t.kind() == TypeKind.INT || t.kind() == TypeKind.BIGINT;
  }

  private static boolean isDateOrTimestamp(DataType t) {
    return t.kind() == TypeKind.DATE || t.kind() == TypeKind.TIMESTAMP;
  }
}
