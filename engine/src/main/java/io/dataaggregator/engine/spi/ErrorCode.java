package io.dataaggregator.engine.spi;

/** A stable, machine-readable error code; one enum per connector implements it. */
public interface ErrorCode {
  /** Stable code such as {@code CSV-03}; never reused for another meaning. */
  String code();

  /** Whether the failure is in the user's input or config (exit code 2) rather than a system. */
  default boolean isInputError() {
    return false;
  }

  /** Whether retrying later may succeed (network, 5xx, lock timeouts). */
  default boolean isTransient() {
    return false;
  }
}
