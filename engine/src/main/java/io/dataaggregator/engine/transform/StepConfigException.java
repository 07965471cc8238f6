package io.dataaggregator.engine.transform;

import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ErrorCode;

/**
 * A step whose config does not fit its input: unknown field, bad expression, impossible cast, or a
 * reference query the database refused (that one keeps the connector's error code, so a database
 * that could not be reached stays a transient failure).
 */
public class StepConfigException extends ConnectorException {
  private final String field;

  public StepConfigException(String field, String message) {
    this(CommonErrorCode.INVALID_CONFIG, field, message, null);
  }

  public StepConfigException(ErrorCode code, String field, String message, Throwable cause) {
    super(code, message, cause);
    this.field = field == null ? "" : field;
  }

  /** The config setting at fault (e.g. {@code fields.origin}), or empty. */
  public String field() {
    return field;
  }
}
