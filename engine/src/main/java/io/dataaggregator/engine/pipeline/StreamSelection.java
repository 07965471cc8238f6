package io.dataaggregator.engine.pipeline;

/**
 * A stream to read: {@code flights}, or {@code {name: orders, cursor: updated_at}} to read it
 * incrementally.
 *
 * @param cursor the incremental cursor field; empty for full refresh
 */
public record StreamSelection(String name, String cursor) {
  public StreamSelection {
    cursor = cursor == null ? "" : cursor;
  }

  public boolean incremental() {
    return !cursor.isEmpty();
  }
}
