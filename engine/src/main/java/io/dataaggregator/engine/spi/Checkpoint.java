package io.dataaggregator.engine.spi;

import java.util.Objects;

/**
 * A source's position, opaque to everyone but the source that wrote it (a cursor value, a file
 * offset, a page token, Kafka offsets), usually a small JSON document.
 *
 * <p>{@link #START} means "from the beginning".
 */
public record Checkpoint(String state) {
  public static final Checkpoint START = new Checkpoint("");

  public Checkpoint {
    Objects.requireNonNull(state, "state");
  }

  public boolean isStart() {
    return state.isEmpty();
  }
}
