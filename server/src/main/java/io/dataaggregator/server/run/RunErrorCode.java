package io.dataaggregator.server.run;

import io.dataaggregator.engine.spi.ErrorCode;

/** Why the server (rather than a connector) ended a run. */
enum RunErrorCode implements ErrorCode {
  /** The worker lost its hold on the run (metadata store unreachable, or taken over). */
  CLAIM_LOST("RUN-01", false),
  /** The pipeline (or the version the run was queued with) no longer exists. */
  PIPELINE_GONE("RUN-02", true),
  /** A bug: something failed that should not. */
  INTERNAL("RUN-03", false);

  private final String code;
  private final boolean inputError;

  RunErrorCode(String code, boolean inputError) {
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
