package io.dataaggregator.connector.jdbc;

/**
 * Encodes rows for {@code COPY ... FROM STDIN} into a reusable byte buffer. Not thread-safe: one
 * per load.
 */
interface CopyEncoder {
  /** Appends one row; on a value that cannot be encoded appends nothing and throws. */
  void row(Object[] row) throws BadValueException;

  byte[] buffer();

  int length();

  /** Empties the buffer after it was sent. */
  void reset();
}
