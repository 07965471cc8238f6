package io.dataaggregator.engine.transform.expr;

/**
 * An expression that failed on one row: a null operand, a division by zero, an overflow, a string
 * that does not convert. The step rejects that row with {@link #getMessage()} as its reason.
 */
public final class ExpressionException extends Exception {
  public ExpressionException(String reason) {
    // No stack trace: these are expected on bad rows and must stay cheap.
    super(reason, null, false, false);
  }
}
