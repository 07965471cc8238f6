package io.dataaggregator.connector.http;

import java.util.concurrent.TimeUnit;

/**
 * Spaces requests at most {@code requestsPerSecond} apart, over every thread that shares it (the
 * streams of one source run in parallel against one API quota). Thread-safe; a waiting thread
 * sleeps outside the lock.
 */
final class RateLimiter {
  private final long intervalNanos;
  private long nextSlot;

  /** @param requestsPerSecond 0 for no limit */
  RateLimiter(double requestsPerSecond) {
    this.intervalNanos = requestsPerSecond <= 0 ? 0 : (long) (1_000_000_000L / requestsPerSecond);
    this.nextSlot = System.nanoTime();
  }

  /** Blocks until this caller may send its request. */
  void acquire() throws InterruptedException {
    if (intervalNanos == 0) {
      return;
    }
    long wait;
    synchronized (this) {
      long now = System.nanoTime();
      long slot = now - nextSlot > 0 ? now : nextSlot;
      nextSlot = slot + intervalNanos;
      wait = slot - now;
    }
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }
}
