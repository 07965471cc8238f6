package io.dataaggregator.connector.kafka;

import io.dataaggregator.engine.spi.ErrorCode;

/** What can go wrong talking to Kafka; codes are stable. */
public enum KafkaErrorCode implements ErrorCode {
  /** No broker answered within the timeout. */
  UNREACHABLE("KAFKA-01", false, true),
  /** A topic named in the config does not exist, or a pattern matches none. */
  UNKNOWN_TOPIC("KAFKA-02", true, false),
  /** The brokers refused the credentials. */
  AUTH_FAILED("KAFKA-03", true, false),
  /** The credentials lack a right (topic read/write, group, create). */
  NOT_ALLOWED("KAFKA-04", true, false),
  /** A client property or setting Kafka rejects. */
  BAD_CONFIG("KAFKA-05", true, false),
  /** Reading failed for another reason. */
  READ_FAILED("KAFKA-06", false, false),
  /** Writing failed for another reason. */
  WRITE_FAILED("KAFKA-07", false, false),
  /** A saved checkpoint is not one this connector wrote. */
  BAD_CHECKPOINT("KAFKA-08", true, false);

  private final String code;
  private final boolean inputError;
  private final boolean transientError;

  KafkaErrorCode(String code, boolean inputError, boolean transientError) {
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
