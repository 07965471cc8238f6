package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.ErrorCode;

/**
 * Errors of the JDBC connectors that {@link io.dataaggregator.engine.spi.CommonErrorCode} does not
 * cover (authentication, reachability, missing objects and rights use the common codes).
 */
public enum JdbcErrorCode implements ErrorCode {
  /** An upsert target without a primary key or unique constraint on the upsert key. */
  UPSERT_KEY_NOT_UNIQUE("JDBC-01", true, false),
  /** A checkpoint this connector did not write or cannot read. */
  BAD_CHECKPOINT("JDBC-02", true, false),
  /** A deadlock, serialization failure or lock timeout: a rerun may succeed. */
  CONFLICT("JDBC-03", false, true),
  /**
   * A table had to change in the middle of a run where DDL commits the open transaction (MySQL):
   * the uncommitted rows were rolled back, the table changed; a rerun resumes from the checkpoint.
   */
  SCHEMA_CHANGED("JDBC-04", false, true),
  /** A type or value this database cannot hold at all (e.g. a decimal wider than it allows). */
  UNSUPPORTED_TYPE("JDBC-05", true, false);

  private final String code;
  private final boolean inputError;
  private final boolean transientError;

  JdbcErrorCode(String code, boolean inputError, boolean transientError) {
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
