package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.engine.type.TypeKind;
import java.util.HexFormat;

/**
 * Rows in the text format of {@code LOAD DATA ... FIELDS TERMINATED BY '\t' ESCAPED BY '\\' LINES
 * TERMINATED BY '\n'}: NULL as {@code \N}, backslash, tab, newline, carriage return and NUL
 * escaped, text in UTF-8, bytes in hex (loaded through {@code UNHEX}). Not thread-safe.
 */
final class MysqlTextEncoder extends CopyBuffer {
  private static final byte[] NULL = {'\\', 'N'};
  private static final HexFormat HEX = HexFormat.of();

  private final boolean[] hex;

  MysqlTextEncoder(Schema schema, int initialCapacity) {
    super(initialCapacity);
    hex = new boolean[schema.size()];
    for (int i = 0; i < hex.length; i++) {
      hex[i] = schema.field(i).type().kind() == TypeKind.BYTES;
    }
  }

  /** Whether field {@code i} is sent in hex and needs {@code UNHEX} when loaded. */
  boolean isHex(int i) {
    return hex[i];
  }

  /** Appends one row; on a value that cannot be encoded appends nothing and throws. */
  void row(Object[] row) throws BadValueException {
    int mark = len;
    try {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          put((byte) '\t');
        }
        value(row[i], i);
      }
      put((byte) '\n');
    } catch (BadValueException e) {
      len = mark;
      throw e;
    }
  }

  private void value(Object v, int column) throws BadValueException {
    MysqlValues.check(v, column);
    switch (v) {
      case null -> put(NULL);
      case byte[] b when hex[column] -> ascii(HEX.formatHex(b));
      case byte[] b -> throw new BadValueException(column, "holds bytes but is not a bytes field");
      case String s -> escaped(s);
      case JsonText j -> escaped(j.json());
      case Integer i -> ascii(i.toString());
      case Long l -> ascii(l.toString());
      default -> escaped(MysqlValues.text(v));
    }
  }

  private void escaped(String s) {
    ensure(s.length() * 2);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> two('\\');
        case '\t' -> two('t');
        case '\n' -> two('n');
        case '\r' -> two('r');
        case '\0' -> two('0');
        default -> {
          if (c < 0x80) {
            put((byte) c);
          } else {
            utf8(s, i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
              i++;
            }
          }
        }
      }
    }
  }

  private void two(char c) {
    put((byte) '\\');
    put((byte) c);
  }

  private void utf8(String s, int i) {
    int cp = s.codePointAt(i);
    if (Character.isSurrogate((char) cp)) {
      cp = 0xFFFD; // a lone surrogate has no UTF-8 form
    }
    if (cp < 0x800) {
      put((byte) (0xC0 | cp >> 6));
      put((byte) (0x80 | cp & 0x3F));
    } else if (cp < 0x10000) {
      put((byte) (0xE0 | cp >> 12));
      put((byte) (0x80 | cp >> 6 & 0x3F));
      put((byte) (0x80 | cp & 0x3F));
    } else {
      put((byte) (0xF0 | cp >> 18));
      put((byte) (0x80 | cp >> 12 & 0x3F));
      put((byte) (0x80 | cp >> 6 & 0x3F));
      put((byte) (0x80 | cp & 0x3F));
    }
  }
}
