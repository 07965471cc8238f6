package io.dataaggregator.connector.jdbc;

import java.util.Arrays;

/** The growing byte buffer a COPY encoder writes into, and the primitive writes they share. */
abstract class CopyBuffer {
  byte[] buf;
  int len;

  CopyBuffer(int initialCapacity) {
    buf = new byte[initialCapacity];
  }

  public byte[] buffer() {
    return buf;
  }

  public int length() {
    return len;
  }

  public void reset() {
    len = 0;
  }

  /** Writes {@code value} (>= 0) with at least {@code width} digits. */
  final void digits(long value, int width) {
    ensure(20);
    int count = 1;
    for (long v = value / 10; v > 0; v /= 10) {
      count++;
    }
    int total = Math.max(count, width);
    int end = len + total;
    for (int i = end - 1; i >= len; i--) {
      buf[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    len = end;
  }

  final void ascii(String s) {
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      buf[len++] = (byte) s.charAt(i);
    }
  }

  final void put(byte b) {
    ensure(1);
    buf[len++] = b;
  }

  final void put(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, len, b.length);
    len += b.length;
  }

  final void ensure(int extra) {
    if (len + extra > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
    }
  }

  final void int16(int v) {
    ensure(2);
    buf[len++] = (byte) (v >> 8);
    buf[len++] = (byte) v;
  }

  final void int32(int v) {
    ensure(4);
    buf[len++] = (byte) (v >> 24);
    buf[len++] = (byte) (v >> 16);
    buf[len++] = (byte) (v >> 8);
    buf[len++] = (byte) v;
  }

  final void int64(long v) {
    int32((int) (v >> 32));
    int32((int) v);
  }
}
