package io.dataaggregator.connector.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests, retrying what may pass: network errors, 5xx and 429 (waiting as long as
 * Retry-After says), with {@link RetryPolicy}'s backoff, up to its attempts. Thread-safe.
 */
final class Requester {
  /** Builds the request anew for each attempt (a refreshed token, a new rate-limit slot). */
  interface RequestFactory {
    HttpRequest build() throws InterruptedException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(Requester.class);
  private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(15);

  private final HttpClient client;
  private final RetryPolicy retry;
  private final RateLimiter limiter;
  private final RandomGenerator random = RandomGenerator.getDefault();

  Requester(HttpClient client, RetryPolicy retry, RateLimiter limiter) {
    this.client = client;
    this.retry = retry;
    this.limiter = limiter;
  }

  /**
   * The first response that is not retried (2xx, or a 4xx other than 429). After the last attempt,
   * throws for the network error, 5xx or 429 that remained.
   */
  Response send(PageRequest what, RequestFactory factory) {
    try {
      for (int attempt = 1; ; attempt++) {
        limiter.acquire();
        Response response;
        try {
          response = receive(what, client.send(factory.build(), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
          if (attempt >= retry.maxAttempts()) {
            throw Failures.unreachable(what, e, attempt);
          }
          pause(what, Failures.networkReason(e), retry.delay(attempt, random), attempt);
          continue;
        }
        if (!retryable(response.status())) {
          return response;
        }
        if (attempt >= retry.maxAttempts()) {
          throw Failures.afterRetries(response, attempt);
        }
        pause(what, "HTTP " + response.status(), wait(response, attempt), attempt);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Failures.interrupted(what);
    }
  }

  private static boolean retryable(int status) {
    return status == 429 || status >= 500;
  }

  private Duration wait(Response response, int attempt) {
    Duration backoff = retry.delay(attempt, random);
    Optional<Duration> asked = response.header("Retry-After").flatMap(RetryAfter::parse);
    if (asked.isEmpty()) {
      return backoff;
    }
    // The server knows when it will take requests again; a huge value is capped, not obeyed blindly.
    return asked.get().compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : asked.get();
  }

  private void pause(PageRequest what, String reason, Duration delay, int attempt) throws InterruptedException {
    LOG.warn("{} failed ({}), attempt {} of {}; retrying in {} ms",
        what.describe(), reason, attempt, retry.maxAttempts(), delay.toMillis());
    Thread.sleep(delay);
  }

  private static Response receive(PageRequest what, HttpResponse<byte[]> r) {
    byte[] body = r.body() == null ? new byte[0] : r.body();
    if (r.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
      try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        body = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Response(what, r.statusCode(), r.headers(), body);
  }
}
