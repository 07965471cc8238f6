package io.dataaggregator.connector.file;

/**
 * Text that does not fit the type it should become. Readers turn it into a rejection; it carries no
 * stack trace because bad values are data, not bugs, and a bad file may hold millions of them.
 */
public final class BadValueException extends RuntimeException {
  public BadValueException(String message) {
    super(message, null, false, false);
  }
}
