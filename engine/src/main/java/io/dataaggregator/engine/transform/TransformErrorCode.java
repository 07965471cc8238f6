package io.dataaggregator.engine.transform;

import io.dataaggregator.engine.spi.ErrorCode;

/**
 * Errors transform steps raise while a run is going (config errors are {@link
 * StepConfigException}).
 */
public enum TransformErrorCode implements ErrorCode {
  /** A validate rule with action {@code fail} met a row that breaks it. */
  VALIDATION_FAILED("TRANSFORM-01", true),
  /** A step's run-wide state (deduplicate keys, unique values) passed its configured bound. */
  STATE_LIMIT("TRANSFORM-02", true),
  /** A reference file of the lookup step could not be read. */
  LOOKUP_UNREADABLE("TRANSFORM-03", true);

  private final String code;
  private final boolean inputError;

  TransformErrorCode(String code, boolean inputError) {
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
