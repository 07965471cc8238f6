package io.dataaggregator.connector.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** URLs, backoff, Retry-After and cursor formats: the small rules the client is built on. */
class HttpPiecesTest {
  @Test
  void joiningKeepsTheBasePathAndParametersAreEncoded() {
    URI base = URI.create("https://api.example.com/v1/");
    assertThat(Urls.join(base, "/cars")).hasToString("https://api.example.com/v1/cars");
    assertThat(Urls.join(URI.create("https://api.example.com/v1"), "cars")).hasToString("https://api.example.com/v1/cars");
    assertThat(Urls.join(base, "https://other.example.com/x")).hasToString("https://other.example.com/x");
    URI u = Urls.withParams(URI.create("https://h/q?a=1"), Map.of("q", "SELECT Id FROM A WHERE t >= 2024-01-01T00:00:00+01:00"));
    assertThat(u.getRawQuery()).isEqualTo("a=1&q=SELECT%20Id%20FROM%20A%20WHERE%20t%20%3E%3D%202024-01-01T00%3A00%3A00%2B01%3A00");
    assertThat(Urls.params(u)).containsEntry("q", "SELECT Id FROM A WHERE t >= 2024-01-01T00:00:00+01:00");
    assertThat(Urls.withParam(u, "a", "2").getRawQuery()).startsWith("a=2&");
    assertThat(Urls.hostPort(URI.create("https://h.example/x"))).isEqualTo("h.example:443");
  }

  @Test
  void backoffDoublesUpToTheCapWithHalfOfItRandom() {
    var policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(1000));
    var random = new Random(7);
    long[] nominal = {100, 200, 400, 800, 1000, 1000, 1000};
    for (int attempt = 1; attempt <= nominal.length; attempt++) {
      for (int i = 0; i < 50; i++) {
        long d = policy.delay(attempt, random).toMillis();
        assertThat(d).isBetween(nominal[attempt - 1] / 2, nominal[attempt - 1]);
      }
    }
    assertThat(policy.delay(40, random).toMillis()).isBetween(500L, 1000L);
  }

  @Test
  void retryAfterIsSecondsOrAnHttpDate() {
    assertThat(RetryAfter.parse("120")).contains(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("soon")).isEmpty();
  }

  @Test
  void cursorValuesAreWrittenAsTheApiWantsThem() {
    String v = "2024-03-04T11:30:00.000+0100";
    assertThat(CursorFormat.render("raw", v, "s")).isEqualTo(v);
    assertThat(CursorFormat.render("iso", v, "s")).isEqualTo("2024-03-04T10:30:00Z");
    assertThat(CursorFormat.render("epoch_millis", v, "s")).isEqualTo("1709548200000");
    assertThat(CursorFormat.render("epoch_seconds", v, "s")).isEqualTo("1709548200");
    assertThat(CursorFormat.render("date", "2024-03-04", "s")).isEqualTo("2024-03-04");
    assertThat(CursorFormat.render("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", v, "s")).isEqualTo("2024-03-04T10:30:00.000Z");
  }

  @Test
  void linkHeadersWithSeveralRelationsFindNext() {
    var pager = new Paginator.LinkHeader();
    var request = new PageRequest(HttpMethod.GET, URI.create("https://api.github.com/repos/o/r/issues?page=1"), null);
    var headers = java.net.http.HttpHeaders.of(Map.of("Link", java.util.List.of(
        "<https://api.github.com/repos/o/r/issues?page=5>; rel=\"last\", </repos/o/r/issues?page=2>; rel=\"next prefetch\"")),
        (a, b) -> true);
    var next = pager.next(request, new Response(request, 200, headers, new byte[0]), null, 30);
    assertThat(next).map(PageRequest::uri).contains(URI.create("https://api.github.com/repos/o/r/issues?page=2"));
  }
}
