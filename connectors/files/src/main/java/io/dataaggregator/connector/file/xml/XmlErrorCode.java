package io.dataaggregator.connector.file.xml;

import io.dataaggregator.engine.spi.ErrorCode;

/** Errors of the {@code xml} source. Values that misfit their column are rejections. */
public enum XmlErrorCode implements ErrorCode {
  /** The file is not well-formed XML; reading stops at the first error. */
  SYNTAX("XML-01"),
  /** No element matches the record path, and no columns are configured. */
  NO_RECORDS("XML-02"),
  /** The record path is malformed or uses a prefix that {@code namespaces} does not define. */
  BAD_PATH("XML-03"),
  /** The {@code columns} setting names an unknown type. */
  BAD_COLUMNS("XML-04");

  private final String code;

  XmlErrorCode(String code) {
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
