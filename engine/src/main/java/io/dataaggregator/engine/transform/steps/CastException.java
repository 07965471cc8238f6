package io.dataaggregator.engine.transform.steps;

/** A value that does not convert; the step rejects its row with this reason. Stackless: cheap. */
public final class CastException extends Exception {
  public CastException(String reason) {
    super(reason, null, false, false);
  }

  /** {@code value} quoted for a message, cut to a readable length. */
  static String show(Object value) {
    String s = String.valueOf(value);
    return "'" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "'";
  }
}
