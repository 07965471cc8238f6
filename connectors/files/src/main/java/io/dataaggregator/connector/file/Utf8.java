package io.dataaggregator.connector.file;

/**
 * UTF-8 validation on raw bytes, so that invalid input is rejected rather than silently replaced.
 */
public final class Utf8 {
  private Utf8() {}

  /** Index of the first byte in {@code b[from, to)} that starts no valid UTF-8 sequence, or -1. */
  public static int firstInvalid(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n = sequenceLength(b, i, to, c);
      if (n == 0) {
        return i;
      }
      i += n;
    }
    return -1;
  }

  /** Length of the valid sequence starting with lead byte {@code c} at {@code i}, or 0. */
  private static int sequenceLength(byte[] b, int i, int to, int c) {
    int lo = 0x80;
    int hi = 0xBF;
    int n;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3;
      lo = c == 0xE0 ? 0xA0 : 0x80;
      hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4;
      lo = c == 0xF0 ? 0x90 : 0x80;
      hi = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (i + n > to) {
      return 0;
    }
    int second = b[i + 1] & 0xFF;
    if (second < lo || second > hi) {
      return 0;
    }
    for (int k = 2; k < n; k++) {
      int cont = b[i + k] & 0xFF;
      if (cont < 0x80 || cont > 0xBF) {
        return 0;
      }
    }
    return n;
  }
}
