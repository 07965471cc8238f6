package io.dataaggregator.engine.spi;

/** Errors every connector can raise. */
public enum CommonErrorCode implements ErrorCode {
  INVALID_CONFIG("COMMON-01", true, false),
  NOT_FOUND("COMMON-02", true, false),
  AUTH_FAILED("COMMON-03", true, false),
  PERMISSION_DENIED("COMMON-04", true, false),
  UNREACHABLE("COMMON-05", false, true),
  READ_FAILED("COMMON-06", false, false),
  WRITE_FAILED("COMMON-07", false, false),
  SCHEMA_MISMATCH("COMMON-08", true, false),
  INTERRUPTED("COMMON-09", false, false),
  /** The connector cannot do what was asked of it (for example read a cursor range). */
  UNSUPPORTED("COMMON-10", true, false);

  private final String code;
  private final boolean inputError;
  private final boolean transientError;

  CommonErrorCode(String code, boolean inputError, boolean transientError) {
    this.code = code;
    this.inputError = inputError;
    this.transientError = transientError;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public boolean isInputError() {
    return inputError;
  }

  @Override
  public boolean isTransient() {
    return transientError;
  }
}
