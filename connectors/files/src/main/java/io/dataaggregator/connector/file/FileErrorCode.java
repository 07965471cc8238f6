package io.dataaggregator.connector.file;

import io.dataaggregator.engine.spi.ErrorCode;

/** Errors the file connectors share, whatever the format. */
public enum FileErrorCode implements ErrorCode {
  /** The configured path, folder or glob names no file. */
  NOT_FOUND("FILE-01", true),
  /** A file or folder exists but cannot be read. */
  NOT_READABLE("FILE-02", true),
  /** The output folder cannot be created or written. */
  NOT_WRITABLE("FILE-03", true),
  /** Files cannot merge rows on a key. */
  UPSERT_UNSUPPORTED("FILE-04", true),
  /** An existing output file does not have the stream's columns. */
  SCHEMA_MISMATCH("FILE-05", true),
  /** A checkpoint that this connector did not write or that no longer fits the files. */
  BAD_CHECKPOINT("FILE-06", true),
  /** An unknown or unusable character encoding. */
  BAD_ENCODING("FILE-07", true),
  /** The operating system failed a read. */
  READ_FAILED("FILE-08", false),
  /** The operating system failed a write. */
  WRITE_FAILED("FILE-09", false),
  /** A table name that cannot be a file name. */
  BAD_NAME("FILE-10", true);

  private final String code;
  private final boolean inputError;

  FileErrorCode(String code, boolean inputError) {
    this.code = code;
    this.inputError = inputError;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public boolean isInputError() {
    return inputError;
  }
}
