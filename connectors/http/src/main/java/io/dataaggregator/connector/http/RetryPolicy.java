package io.dataaggregator.connector.http;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How often and how long to retry a request that failed for a reason that may pass (network error,
 * 5xx, 429): exponential backoff with "equal jitter" (half the delay fixed, half random), so that
 * many clients do not retry in step yet each still waits at least half of the nominal delay.
 *
 * @param maxAttempts attempts in all, the first one included
 */
record RetryPolicy(int maxAttempts, Duration initial, Duration max) {
  /** The wait after failed attempt number {@code attempt} (1 for the first). */
  Duration delay(int attempt, RandomGenerator random) {
    long base = initial.toMillis();
    long cap = Math.max(base, max.toMillis());
    int shift = Math.min(attempt - 1, 30);
    long nominal = base > cap >> shift ? cap : Math.min(cap, base << shift);
    long half = nominal / 2;
    return Duration.ofMillis(half + (half > 0 ? random.nextLong(half + 1) : 0));
  }
}
