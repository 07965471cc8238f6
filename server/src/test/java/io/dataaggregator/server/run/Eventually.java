package io.dataaggregator.server.run;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for a condition that another thread (a worker, a server) makes true. */
public final class Eventually {
  private Eventually() {}

  /** Polls {@code value} until it is non-null, or fails naming {@code what} after the timeout. */
  public static <T> T await(String what, Duration timeout, Supplier<T> value) {
    long deadline = System.nanoTime() + timeout.toNanos();
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      try {
        T v = value.get();
        if (v != null) {
          return v;
        }
      } catch (RuntimeException e) {
        last = e; // not ready yet (e.g. the server still starting)
      }
      sleep(50);
    }
    throw new AssertionError("timed out after " + timeout + " waiting for " + what, last);
  }

  /** Waits until {@code condition} holds. */
  public static void until(String what, Duration timeout, Supplier<Boolean> condition) {
    await(what, timeout, () -> Boolean.TRUE.equals(condition.get()) ? Boolean.TRUE : null);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
