package io.dataaggregator.engine.spi;

/** The outcome of {@link Connector#check}: whether it can connect and has the rights it needs. */
public record CheckResult(boolean ok, String message) {
  public static CheckResult success(String message) {
    return new CheckResult(true, message);
  }

  public static CheckResult failure(String message) {
    return new CheckResult(false, message);
  }
}
