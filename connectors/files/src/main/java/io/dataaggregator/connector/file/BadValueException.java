package io.dataaggregator.connector.file;

/**
 * Text that does not fit the type it should become. Readers turn it into a rejection; it carries no
 * stack trace because bad values are data, not bugs, and a bad file may hold millions of them.
 */
public final class BadValueException extends RuntimeException {
  private final String field;

  public BadValueException(String message) {
    this("", message);
  }

  /** A bad value of {@code field} (empty when unknown). */
  public BadValueException(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  /** The field at fault, or empty. */
  public String field() {
    return field;
  }
}
