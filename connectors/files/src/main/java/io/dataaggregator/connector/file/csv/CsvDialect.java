package io.dataaggregator.connector.file.csv;

import io.dataaggregator.engine.spi.ConnectorException;

/**
 * The bytes that structure a CSV file, checked once.
 *
 * @param quote the quote byte, or -1 for none
 * @param escape the escape byte, or -1 for none (quotes are doubled)
 * @param maxFieldBytes the longest field accepted
 */
record CsvDialect(byte delimiter, int quote, int escape, int maxFieldBytes) {
  static final CsvDialect RFC_4180 = new CsvDialect((byte) ',', '"', -1, 1 << 20);

  /**
   * The dialect of {@code config}.
   *
   * @throws ConnectorException ({@link CsvErrorCode#BAD_DIALECT}) when the characters clash
   */
  static CsvDialect of(CsvSourceConfig config) {
    int delimiter = ascii("delimiter", config.delimiter());
    int quote = config.quote().isEmpty() ? -1 : ascii("quote", config.quote());
    int escape = config.escape().isEmpty() ? -1 : ascii("escape", config.escape());
    if (delimiter == '\n' || delimiter == '\r') {
      throw bad("the delimiter cannot be a line break");
    }
    if (quote == delimiter || escape == delimiter) {
      throw bad("the delimiter '" + config.delimiter() + "' cannot also be the quote or escape");
    }
    if (escape == quote) {
      escape = -1;
    }
    return new CsvDialect((byte) delimiter, quote, escape, config.maxFieldBytes());
  }

  private static int ascii(String what, String value) {
    char c = value.charAt(0);
    if (value.length() != 1 || c >= 0x80 || c == 0) {
      throw bad("the " + what + " must be one ASCII character, got '" + value + "'");
    }
    return c;
  }

  private static ConnectorException bad(String message) {
    return new ConnectorException(CsvErrorCode.BAD_DIALECT, message);
  }
}
