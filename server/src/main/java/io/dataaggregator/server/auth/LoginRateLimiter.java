package io.dataaggregator.server.auth;

import io.dataaggregator.server.system.ApiException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Limits login attempts per client IP ({@code dagg.auth.login-attempts-per-minute}, a bucket
 * refilled in full each minute, so the limit holds per minute however slowly attempts come). Per instance and in memory: behind a reverse proxy set {@code
 * server.forward-headers-strategy=native} so the client's address, not the proxy's, is counted.
 */
@Component
class LoginRateLimiter {
  // Full buckets carry no information; dropping them keeps memory bounded under a spray of IPs.
  private static final int CLEANUP_ABOVE = 10_000;

  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final int perMinute;

  LoginRateLimiter(AuthProperties properties) {
    this.perMinute = properties.loginAttemptsPerMinute();
  }

  /** Takes one attempt from the IP's budget; 429 with {@code Retry-After} when none is left. */
  void acquire(String clientIp) {
    if (buckets.size() > CLEANUP_ABOVE) {
      buckets.values().removeIf(b -> b.getAvailableTokens() >= perMinute);
    }
    Bucket bucket = buckets.computeIfAbsent(clientIp, ip -> newBucket());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
      throw new ApiException(
              HttpStatus.TOO_MANY_REQUESTS,
              "rate-limited",
              "Too many login attempts from your address; try again in " + seconds + " seconds.")
          .with("retryAfterSeconds", seconds)
          .header("Retry-After", Long.toString(seconds));
    }
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)))
        .build();
  }
}
