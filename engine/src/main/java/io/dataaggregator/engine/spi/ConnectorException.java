package io.dataaggregator.engine.spi;

import java.util.Objects;

/** A failure with a code and a message a user can act on; the CLI and server show the message. */
public class ConnectorException extends RuntimeException {
  private final ErrorCode errorCode;

  public ConnectorException(ErrorCode errorCode, String message) {
    super(message);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
  }

  public ConnectorException(ErrorCode errorCode, String message, Throwable cause) {
    super(message, cause);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
  }

  public ErrorCode errorCode() {
    return errorCode;
  }

  @Override
  public String toString() {
    return "[" + errorCode.code() + "] " + getMessage();
  }
}
