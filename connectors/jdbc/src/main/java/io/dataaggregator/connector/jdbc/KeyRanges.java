package io.dataaggregator.connector.jdbc;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Splits a key interval into ranges of about equal width for parallel reads. */
final class KeyRanges {
  /**
   * Keys {@code lo <= k < hi}; a null bound is open, so the first and last ranges also take keys
   * outside {@code [min, max]} and nothing can fall between the cracks.
   */
  record Range(Long lo, Long hi) {
    /** The SQL condition on the quoted key column. */
    String where(String key) {
      if (lo == null && hi == null) {
        return "true";
      }
      return lo == null
          ? key + " < " + hi
          : hi == null ? key + " >= " + lo : key + " >= " + lo + " AND " + key + " < " + hi;
    }
  }

  private KeyRanges() {}

  /** Up to {@code parts} ranges covering every key, split evenly over {@code [min, max]}. */
  static List<Range> split(long min, long max, int parts) {
    BigInteger lo = BigInteger.valueOf(min);
    BigInteger width = BigInteger.valueOf(max).subtract(lo).add(BigInteger.ONE);
    int n = width.compareTo(BigInteger.valueOf(parts)) < 0 ? width.intValue() : parts;
    var out = new ArrayList<Range>();
    Long start = null;
    for (int i = 1; i < n; i++) {
      long end =
          lo.add(width.multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(n))).longValue();
      out.add(new Range(start, end));
      start = end;
    }
    out.add(new Range(start, null));
    return out;
  }
}
