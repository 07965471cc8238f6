package io.dataaggregator.engine.transform;

import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;

/** A step whose config does not fit its input: unknown field, bad expression, impossible cast. */
public class StepConfigException extends ConnectorException {
  private final String field;

  public StepConfigException(String field, String message) {
    super(CommonErrorCode.INVALID_CONFIG, message);
    this.field = field == null ? "" : field;
  }

  /** The config setting at fault (e.g. {@code fields.origin}), or empty. */
  public String field() {
    return field;
  }
}
