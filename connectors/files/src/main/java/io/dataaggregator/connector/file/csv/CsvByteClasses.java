package io.dataaggregator.connector.file.csv;

/**
 * Lookup tables that sort every byte value into the few classes {@link CsvParser} acts on, so its
 * inner loops take one array load and one branch per ordinary byte. One table applies outside
 * quotes (where the quote byte is ordinary), one inside (where the delimiter and CR are).
 */
final class CsvByteClasses {
  static final byte ORDINARY = 0;
  static final byte DELIMITER = 1;
  static final byte LF = 2;
  static final byte CR = 3;
  static final byte QUOTE = 4;
  static final byte ESCAPE = 5;
  static final byte NUL = 6;
  static final byte NON_ASCII = 7;

  private CsvByteClasses() {}

  /** Classes outside quotes: delimiter, line breaks, escape, NUL, non-ASCII. */
  static byte[] plain(CsvDialect dialect) {
    byte[] t = common(dialect);
    t['\r'] = CR;
    t[dialect.delimiter() & 0xFF] = DELIMITER;
    return t;
  }

  /** Classes inside quotes: quote, line feed (for line numbers), escape, NUL, non-ASCII. */
  static byte[] quoted(CsvDialect dialect) {
    byte[] t = common(dialect);
    if (dialect.quote() >= 0) {
      t[dialect.quote()] = QUOTE;
    }
    return t;
  }

  private static byte[] common(CsvDialect dialect) {
    byte[] t = new byte[256];
    for (int i = 0x80; i < 0x100; i++) {
      t[i] = NON_ASCII;
    }
    t[0] = NUL;
    t['\n'] = LF;
    if (dialect.escape() >= 0) {
      t[dialect.escape()] = ESCAPE;
    }
    return t;
  }
}
