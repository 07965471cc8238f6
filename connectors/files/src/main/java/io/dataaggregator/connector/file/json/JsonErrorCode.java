package io.dataaggregator.connector.file.json;

import io.dataaggregator.engine.spi.ErrorCode;

/** Errors of the {@code json} connectors. Bad lines of JSON Lines files are rejections. */
public enum JsonErrorCode implements ErrorCode {
  /** An array file that is not valid JSON. */
  SYNTAX("JSON-01"),
  /** No object to infer a schema from, and no configured columns. */
  EMPTY_FILE("JSON-02"),
  /** A file that starts with neither '[' nor '{'. */
  NOT_JSON("JSON-03"),
  /** The {@code columns} setting names an unknown type. */
  BAD_COLUMNS("JSON-04");

  private final String code;

  JsonErrorCode(String code) {
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
