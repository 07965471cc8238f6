package io.dataaggregator.connector.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.connector.http.TestApi.Call;
import io.dataaggregator.connector.http.TestApi.Reply;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries on 5xx and network errors, 429 with Retry-After, and the request rate limit. */
class RetryIT {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private static HttpSourceConfig config(String base, String extra) {
    return Reads.config("""
        base_url: %s
        initial_backoff_ms: 20
        max_backoff_ms: 200
        sample_size: 1
        %s
        streams:
          - {name: items, path: /items, records: items, pagination: {type: page_number, page_size: 2}}
        """.formatted(base, extra));
  }

  private static Reply page(Call c, int pages) {
    int page = Integer.parseInt(c.param("page"));
    return Reply.json(page > pages ? "{\"items\": []}"
        : "{\"items\": [{\"id\": %d}, {\"id\": %d}]}".formatted(page * 2 - 1, page * 2));
  }

  private static ConnectorException failure(Runnable r) {
    try {
      r.run();
    } catch (ConnectorException e) {
      return e;
    }
    throw new AssertionError("expected a ConnectorException");
  }

  @Test
  void a500IsRetriedAndTheReadCarriesOn() {
    var calls = new AtomicInteger();
    api.route("/items", c -> calls.incrementAndGet() <= 2
        ? Reply.of(500, "application/json", "{\"message\":\"internal error\"}") : page(c, 2));
    var r = Reads.readAll(config(api.base(), "max_attempts: 4"), "items", null, Checkpoint.START);
    assertThat(r.column("id")).containsExactly(1L, 2L, 3L, 4L);
    // Two failures of discovery's first request, its retry, then the read's pages 1, 2 and 3.
    assertThat(api.calls("/items")).extracting(c -> c.param("page")).containsExactly("1", "1", "1", "1", "2", "3");
  }

  @Test
  void persistent503FailsAfterMaxAttemptsNamingTheRequest() {
    api.route("/items", c -> Reply.of(503, "text/plain", "upstream down for maintenance"));
    var e = failure(() -> Reads.SOURCE.discover(config(api.base(), "max_attempts: 3")));
    assertThat(e.errorCode()).isEqualTo(HttpErrorCode.SERVER_ERROR);
    assertThat(e.errorCode().isTransient()).isTrue();
    assertThat(e.getMessage()).isEqualTo("HTTP 503 from GET " + api.base() + "/items?page=1 after 3 attempts;"
        + " the response says: upstream down for maintenance");
    assertThat(api.calls()).hasSize(3);
  }

  @Test
  void aClientErrorIsNotRetriedAndShowsWhatTheApiSaid() {
    api.route("/items", c -> Reply.of(400, "application/json", "[{\"message\":\"unexpected token: FORM\",\"errorCode\":\"MALFORMED_QUERY\"}]"));
    var e = failure(() -> Reads.SOURCE.discover(config(api.base(), "max_attempts: 5")));
    assertThat(e.errorCode()).isEqualTo(HttpErrorCode.CLIENT_ERROR);
    assertThat(e.getMessage()).contains("HTTP 400 from GET " + api.base() + "/items?page=1", "MALFORMED_QUERY");
    assertThat(api.calls()).hasSize(1);
  }

  @Test
  void aRefusedConnectionIsRetriedUntilTheServerComesUp() throws Exception {
    int port;
    try (TestApi reserved = TestApi.start()) {
      port = reserved.port();
    }
    var late = CompletableFuture.supplyAsync(
        () -> TestApi.startOn(port, a -> a.route("/items", c -> page(c, 1))),
        CompletableFuture.delayedExecutor(400, TimeUnit.MILLISECONDS));
    try {
      var config = config("http://127.0.0.1:" + port, "max_attempts: 20");
      var r = Reads.readAll(config, "items", null, Checkpoint.START);
      assertThat(r.column("id")).containsExactly(1L, 2L);
    } finally {
      late.get(5, TimeUnit.SECONDS).close();
    }
  }

  @Test
  void anUnreachablePortFailsNamingHostAndPortAfterTheAttempts() {
    int port;
    try (TestApi closed = TestApi.start()) {
      port = closed.port();
    }
    var e = failure(() -> Reads.SOURCE.discover(config("http://127.0.0.1:" + port + "/api", "max_attempts: 2")));
    assertThat(e.errorCode()).isEqualTo(HttpErrorCode.UNREACHABLE);
    assertThat(e.getMessage()).startsWith("cannot reach 127.0.0.1:" + port + " (connection refused) for GET"
        + " http://127.0.0.1:" + port + "/api/items?page=1, gave up after 2 attempts");
    var check = Reads.SOURCE.check(config("http://127.0.0.1:" + port, "max_attempts: 1"));
    assertThat(check.ok()).isFalse();
    assertThat(check.message()).contains("127.0.0.1:" + port, "connection refused");
  }

  @Test
  void aSlowServerTimesOutAndSaysSo() {
    api.route("/items", c -> {
      Thread.sleep(3000);
      return page(c, 1);
    });
    var e = failure(() -> Reads.SOURCE.discover(config(api.base(), "max_attempts: 1\ntimeout_seconds: 1")));
    assertThat(e.errorCode()).isEqualTo(HttpErrorCode.UNREACHABLE);
    assertThat(e.getMessage()).contains("no response before timeout_seconds");
  }

  @Test
  void a429WaitsAsLongAsRetryAfterSays() {
    var calls = new AtomicInteger();
    api.route("/items", c -> calls.incrementAndGet() == 1
        ? Reply.of(429, "application/json", "{\"message\":\"slow down\"}").with("Retry-After", "1") : page(c, 1));
    var r = Reads.readAll(config(api.base(), "max_attempts: 3"), "items", null, Checkpoint.START);
    assertThat(r.rows()).hasSize(2);
    List<Call> seen = api.calls("/items");
    // Backoff alone would wait 10-20 ms; Retry-After asked for a second.
    assertThat(Duration.ofNanos(seen.get(1).nanos() - seen.get(0).nanos())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void persistent429FailsWithAdviceOnTheRate() {
    api.route("/items", c -> Reply.of(429, "application/json", "{}").with("Retry-After", "0"));
    var e = failure(() -> Reads.SOURCE.discover(config(api.base(), "max_attempts: 2")));
    assertThat(e.errorCode()).isEqualTo(HttpErrorCode.RATE_LIMITED);
    assertThat(e.getMessage()).contains("HTTP 429", "after 2 attempts", "lower requests_per_second");
  }

  @Test
  void theRateLimitKeepsRequestsPerSecondUnderTheLimit() {
    api.route("/items", c -> page(c, 10));
    var r = Reads.readAll(config(api.base(), "requests_per_second: 5"), "items", null, Checkpoint.START);
    assertThat(r.rows()).hasSize(20);
    List<Long> at = api.calls("/items").stream().map(Call::nanos).toList();
    assertThat(at).hasSize(12);
    // Spaced 200 ms apart when sent; allow one more in a window for delays on the way.
    for (int i = 0; i < at.size(); i++) {
      long start = at.get(i);
      long inWindow = at.stream().filter(t -> t >= start && t < start + 1_000_000_000L).count();
      assertThat(inWindow).as("requests in the second after request %d", i).isLessThanOrEqualTo(6);
    }
  }
}
