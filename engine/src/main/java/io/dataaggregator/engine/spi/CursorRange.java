package io.dataaggregator.engine.spi;

import java.util.Objects;

/**
 * A slice of an incremental stream's cursor, both ends inclusive: what a backfill reads. The bounds
 * are text as the user gave them ({@code 1000}, {@code 2024-01-31}, {@code
 * 2024-01-31T00:00:00Z}); the source converts them to its cursor field's type and refuses a bound
 * that does not parse as that type with a {@link ConnectorException} naming the stream, the cursor
 * field and the value.
 *
 * @param from the lowest cursor value to read
 * @param to the highest cursor value to read
 */
public record CursorRange(String from, String to) {
  public CursorRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    from = from.strip();
    to = to.strip();
    if (from.isEmpty() || to.isEmpty()) {
      throw new IllegalArgumentException("a cursor range needs both a from and a to value");
    }
  }

  @Override
  public String toString() {
    return from + " to " + to;
  }
}
