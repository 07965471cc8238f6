package io.dataaggregator.connector.file.parquet;

import io.dataaggregator.engine.spi.ErrorCode;

/** Errors of the {@code parquet} connectors. Values that misfit a declared type are rejections. */
public enum ParquetErrorCode implements ErrorCode {
  /** A file that is not Parquet or whose footer or pages are damaged. */
  CORRUPT("PARQUET-01", true),
  /** A compression codec this build cannot decode or encode (LZO, Brotli, Hadoop's LZ4). */
  UNSUPPORTED_CODEC("PARQUET-02", true),
  /** A file of the set whose column types differ from the stream's. */
  SCHEMA_DIFFERS("PARQUET-03", true),
  /** The {@code columns} setting names an unknown type or column. */
  BAD_COLUMNS("PARQUET-04", true),
  /** The Parquet library no longer offers what this connector relies on. */
  LIBRARY("PARQUET-05", false);

  private final String code;
  private final boolean inputError;

  ParquetErrorCode(String code, boolean inputError) {
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
