package io.dataaggregator.connector.file.csv;

import io.dataaggregator.engine.spi.ErrorCode;

/** Errors of the {@code csv} connectors. Bad rows are rejections, not errors. */
public enum CsvErrorCode implements ErrorCode {
  /** The header has duplicate or empty column names. */
  BAD_HEADER("CSV-01"),
  /** A file has no header line and no configured columns to go by. */
  EMPTY_FILE("CSV-02"),
  /** The {@code columns} setting names a column the file does not have, or an unknown type. */
  BAD_COLUMNS("CSV-03"),
  /** A file's header has a column the stream's schema does not know. */
  HEADER_CHANGED("CSV-04"),
  /** Delimiter, quote and escape that cannot work together. */
  BAD_DIALECT("CSV-05");

  private final String code;

  CsvErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public boolean isInputError() {
    return true;
  }
}
