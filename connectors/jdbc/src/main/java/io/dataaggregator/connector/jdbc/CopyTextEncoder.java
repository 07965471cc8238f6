package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.JsonText;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Encodes rows in PostgreSQL's COPY text format (UTF-8): tab between values, newline after a row,
 * {@code \N} for null, backslash, tab, newline and carriage return escaped. Values are written
 * straight into a reusable byte buffer, without intermediate strings for numbers and dates. Not
 * thread-safe: one per load.
 */
final class CopyTextEncoder extends CopyBuffer implements CopyEncoder {
  private static final byte[] HEX = "0123456789abcdef".getBytes();
  private static final byte[] NULL = {'\\', 'N'};

  CopyTextEncoder(int initialCapacity) {
    super(initialCapacity);
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
      case LocalDate d -> PgTextTime.date(this, d);
      case LocalDateTime t -> PgTextTime.timestamp(this, t);
      case OffsetDateTime t -> PgTextTime.timestampTz(this, t);
      case LocalTime t -> PgTextTime.time(this, t);
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
      case '\0' ->
          throw new BadValueException(
              column,
              "contains a NUL character (\\u0000), which" + " PostgreSQL text cannot store");
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
}
