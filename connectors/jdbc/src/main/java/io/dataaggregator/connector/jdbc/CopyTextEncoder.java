package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.JsonText;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * Encodes rows in PostgreSQL's COPY text format (UTF-8): tab between values, newline after a row,
 * {@code \N} for null, backslash, tab, newline and carriage return escaped. Values are written
 * straight into a reusable byte buffer, without intermediate strings for numbers and dates. Not
 * thread-safe: one per load.
 */
final class CopyTextEncoder implements CopyEncoder {
  private static final byte[] HEX = "0123456789abcdef".getBytes();
  private static final byte[] NULL = {'\\', 'N'};

  private byte[] buf;
  private int len;

  CopyTextEncoder(int initialCapacity) {
    buf = new byte[initialCapacity];
  }

  @Override
  public byte[] buffer() {
    return buf;
  }

  @Override
  public int length() {
    return len;
  }

  @Override
  public void reset() {
    len = 0;
  }

  /** {@code v} in PostgreSQL's text form, as a SQL literal takes it (not COPY-escaped). */
  static String pgText(Object v) {
    if (v instanceof String s) {
      return s;
    }
    var encoder = new CopyTextEncoder(64);
    try {
      encoder.value(v, 0);
    } catch (BadValueException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return new String(encoder.buf, 0, encoder.len, StandardCharsets.UTF_8);
  }

  /**
   * Appends one row; on a value PostgreSQL cannot store (text with NUL) appends nothing and throws.
   */
  @Override
  public void row(Object[] row) throws BadValueException {
    int start = len;
    try {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          put((byte) '\t');
        }
        value(row[i], i);
      }
      put((byte) '\n');
    } catch (BadValueException e) {
      len = start;
      throw e;
    }
  }

  private void value(Object v, int column) throws BadValueException {
    switch (v) {
      case null -> put(NULL);
      case Integer i -> number(i);
      case Long l -> number(l);
      case String s -> text(s, column);
      case Double d -> ascii(Double.toString(d));
      case BigDecimal d -> ascii(d.toPlainString());
      case Boolean b -> put((byte) (b ? 't' : 'f'));
      case LocalDate d -> date(d);
      case LocalDateTime t -> timestamp(t);
      case OffsetDateTime t -> timestampTz(t);
      case LocalTime t -> time(t);
      case byte[] b -> bytes(b);
      case JsonText j -> text(j.json(), column);
      default -> text(v.toString(), column);
    }
  }

  private void text(String s, int column) throws BadValueException {
    ensure(s.length() * 3 + 2);
    byte[] b = buf;
    int n = len;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x80 && c != '\\') {
        b[n++] = (byte) c;
      } else if (c < 0x80) {
        n = escape(c, b, n, column);
      } else if (c < 0x800) {
        b[n++] = (byte) (0xc0 | (c >> 6));
        b[n++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        b[n++] = (byte) (0xf0 | (cp >> 18));
        b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
        b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
        b[n++] = (byte) (0x80 | (cp & 0x3f));
      } else {
        // A lone surrogate is not text; write U+FFFD as the JDK's encoder would write '?'.
        char ch = Character.isSurrogate(c) ? '\ufffd' : c;
        b[n++] = (byte) (0xe0 | (ch >> 12));
        b[n++] = (byte) (0x80 | ((ch >> 6) & 0x3f));
        b[n++] = (byte) (0x80 | (ch & 0x3f));
      }
    }
    len = n;
  }

  private static int escape(char c, byte[] b, int n, int column) throws BadValueException {
    switch (c) {
      case '\\' -> {
        b[n++] = '\\';
        b[n++] = '\\';
      }
      case '\n' -> {
        b[n++] = '\\';
        b[n++] = 'n';
      }
      case '\r' -> {
        b[n++] = '\\';
        b[n++] = 'r';
      }
      case '\t' -> {
        b[n++] = '\\';
        b[n++] = 't';
      }
      case '\0' -> throw new BadValueException(column, "contains a NUL character (\\u0000), which"
          + " PostgreSQL text cannot store");
      default -> b[n++] = (byte) c;
    }
    return n;
  }

  private void bytes(byte[] v) {
    ensure(3 + v.length * 2);
    buf[len++] = '\\';
    buf[len++] = '\\';
    buf[len++] = 'x';
    for (byte x : v) {
      buf[len++] = HEX[(x >> 4) & 0xf];
      buf[len++] = HEX[x & 0xf];
    }
  }

  private void date(LocalDate d) {
    if (d.equals(LocalDate.MAX) || d.equals(LocalDate.MIN)) {
      ascii(d.equals(LocalDate.MAX) ? "infinity" : "-infinity");
      return;
    }
    datePart(d);
    if (d.getYear() <= 0) {
      ascii(" BC");
    }
  }

  /** yyyy-mm-dd, with the year counted as PostgreSQL does before Christ (year 0 is 1 BC). */
  private void datePart(LocalDate d) {
    int year = d.getYear();
    digits(year > 0 ? year : 1 - year, 4);
    put((byte) '-');
    digits(d.getMonthValue(), 2);
    put((byte) '-');
    digits(d.getDayOfMonth(), 2);
  }

  private void time(LocalTime t) {
    digits(t.getHour(), 2);
    put((byte) ':');
    digits(t.getMinute(), 2);
    put((byte) ':');
    digits(t.getSecond(), 2);
    int nanos = t.getNano();
    if (nanos != 0) {
      put((byte) '.');
      int width = 9;
      while (nanos % 10 == 0) {
        nanos /= 10;
        width--;
      }
      digits(nanos, width);
    }
  }

  private void timestamp(LocalDateTime t) {
    if (t.equals(LocalDateTime.MAX) || t.equals(LocalDateTime.MIN)) {
      ascii(t.equals(LocalDateTime.MAX) ? "infinity" : "-infinity");
      return;
    }
    datePart(t.toLocalDate());
    put((byte) ' ');
    time(t.toLocalTime());
    if (t.getYear() <= 0) {
      ascii(" BC");
    }
  }

  private void timestampTz(OffsetDateTime t) {
    LocalDateTime local = t.toLocalDateTime();
    if (local.equals(LocalDateTime.MAX) || local.equals(LocalDateTime.MIN)) {
      timestamp(local);
      return;
    }
    datePart(local.toLocalDate());
    put((byte) ' ');
    time(local.toLocalTime());
    int offset = t.getOffset().getTotalSeconds();
    put((byte) (offset < 0 ? '-' : '+'));
    offset = Math.abs(offset);
    digits(offset / 3600, 2);
    put((byte) ':');
    digits(offset / 60 % 60, 2);
    if (offset % 60 != 0) {
      put((byte) ':');
      digits(offset % 60, 2);
    }
    if (local.getYear() <= 0) {
      ascii(" BC");
    }
  }

  /** Writes {@code value} (>= 0) with at least {@code width} digits. */
  private void digits(long value, int width) {
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

  private void number(long v) {
    if (v < 0) {
      if (v == Long.MIN_VALUE) {
        ascii(Long.toString(v));
        return;
      }
      put((byte) '-');
      v = -v;
    }
    digits(v, 1);
  }

  private void ascii(String s) {
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      buf[len++] = (byte) s.charAt(i);
    }
  }

  private void put(byte b) {
    ensure(1);
    buf[len++] = b;
  }

  private void put(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, len, b.length);
    len += b.length;
  }

  private void ensure(int extra) {
    if (len + extra > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
    }
  }
}
