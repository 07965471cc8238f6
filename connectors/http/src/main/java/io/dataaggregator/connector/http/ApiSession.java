package io.dataaggregator.connector.http;

import io.dataaggregator.engine.cache.LruCache;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the streams of one API share: the HTTP client, the rate limit and the credentials (an
 * OAuth2 token is fetched once, not per stream). Thread-safe. Sessions are cached by {@link
 * ApiDefinition} value, so every reader of a run, and discovery before it, use the same one.
 */
final class ApiSession {
  private static final int CACHED = 16;
  private static final LruCache<ApiDefinition, ApiSession> SESSIONS = new LruCache<>(CACHED);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ACCEPT = "application/json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

  private final ApiDefinition api;
  private final Requester requester;
  private final Auth auth;

  private ApiSession(ApiDefinition api) {
    this.api = api;
    HttpClient client = HttpClient.newBuilder()
        .connectTimeout(api.timeout())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    this.requester = new Requester(client, api.retry(), new RateLimiter(api.requestsPerSecond()));
    // Token requests go to another endpoint with its own quota: not rate limited with the API.
    this.auth = Auth.from(api, new Requester(client, api.retry(), new RateLimiter(0)));
  }

  static ApiSession of(ApiDefinition api) {
    return SESSIONS.computeIfAbsent(api, ApiSession::new);
  }

  ApiDefinition api() {
    return api;
  }

  /**
   * Sends {@code request} with the stream's {@code headers}, retrying as {@link Requester} does and
   * once more with a fresh token after a 401 where the auth can renew it.
   *
   * @throws io.dataaggregator.engine.spi.ConnectorException for any answer but 2xx
   */
  Response fetch(PageRequest request, Map<String, String> headers) {
    Response r = requester.send(request, () -> build(request, headers));
    if (r.status() == 401 && auth.renew()) {
      r = requester.send(request, () -> build(request, headers));
    }
    if (!r.ok()) {
      throw Failures.refused(r, auth);
    }
    return r;
  }

  private HttpRequest build(PageRequest request, Map<String, String> headers) throws InterruptedException {
    var b = HttpRequest.newBuilder()
        .timeout(api.timeout())
        .header("Accept", ACCEPT)
        .header("Accept-Encoding", "gzip")
        .header("User-Agent", "dataaggregator-http/" + version());
    api.headers().forEach(b::header);
    headers.forEach(b::header);
    URI uri = request.uri();
    // Credentials go only to the API's own host, never to a host a next-page link points to.
    if (sameHost(uri, api.baseUrl())) {
      uri = auth.apply(b, uri);
    }
    if (request.method() == HttpMethod.POST) {
      String body = request.body() == null ? "{}" : JSON.writeValueAsString(request.body());
      b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.GET();
    }
    return b.uri(uri).build();
  }

  private static boolean sameHost(URI a, URI b) {
    return Objects.equals(a.getHost(), b.getHost()) && Objects.equals(a.getScheme(), b.getScheme())
        && Urls.hostPort(a).equals(Urls.hostPort(b));
  }

  private static String version() {
    String v = ApiSession.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
