package io.dataaggregator.connector.http;

import io.dataaggregator.engine.spi.ConnectorException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth2 (RFC 6749) client credentials or refresh token grant: asks the token endpoint for an
 * access token, sends it as a bearer token, keeps it until shortly before {@code expires_in} runs
 * out, and asks for a new one when the API answers 401. A refresh token the endpoint rotates is
 * used from then on. Thread-safe: streams share one token.
 */
final class OAuth2Auth implements Auth {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration SKEW = Duration.ofSeconds(30);

  private final URI tokenUrl;
  private final AuthConfig config;
  private final String settings;
  private final Requester requester;
  private final Clock clock = Clock.systemUTC();
  private String refreshToken;
  private String accessToken;
  private Instant expiresAt = Instant.MIN;

  private OAuth2Auth(URI tokenUrl, AuthConfig config, String settings, Requester requester) {
    this.tokenUrl = tokenUrl;
    this.config = config;
    this.settings = settings;
    this.requester = requester;
    this.refreshToken = config.refreshToken();
  }

  static OAuth2Auth of(ApiDefinition api, Requester requester) {
    AuthConfig c = api.auth();
    URI url = URI.create(Auth.require(api, "token_url", c.tokenUrl()));
    boolean refresh = c.type() == AuthType.oauth2_refresh_token;
    if (refresh) {
      Auth.require(api, "refresh_token", c.refreshToken());
    } else {
      Auth.require(api, "client_id", c.clientId());
    }
    String settings = refresh
        ? api.setting("refresh_token") + ", " + api.setting("client_id") + " and " + api.setting("client_secret")
        : api.setting("client_id") + " and " + api.setting("client_secret");
    return new OAuth2Auth(url, c, settings + " (token endpoint " + url + ")", requester);
  }

  @Override
  public URI apply(HttpRequest.Builder request, URI uri) {
    request.header("Authorization", "Bearer " + token());
    return uri;
  }

  @Override
  public synchronized boolean renew() {
    accessToken = null;
    return true;
  }

  @Override
  public String settings() {
    return settings;
  }

  /** The cached token, or a new one when there is none or it is about to expire. */
  synchronized String token() {
    if (accessToken == null || !clock.instant().isBefore(expiresAt)) {
      fetch();
    }
    return accessToken;
  }

  private void fetch() {
    var what = new PageRequest(HttpMethod.POST, tokenUrl, null);
    String form = form();
    Response r = requester.send(what, () -> {
      var b = HttpRequest.newBuilder(tokenUrl)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("Accept", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(form));
      if (config.clientAuthHeader()) {
        String pair = nz(config.clientId()) + ":" + nz(config.clientSecret());
        b.header("Authorization", "Basic "
            + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
      }
      return b.build();
    });
    if (!r.ok()) {
      throw failed("answered HTTP " + r.status() + ": " + r.snippet());
    }
    read(r);
  }

  private void read(Response r) {
    JsonNode body;
    try {
      body = JSON.readTree(r.body());
    } catch (JacksonException e) {
      throw failed("answered something that is not JSON: " + r.snippet());
    }
    String token = body.path("access_token").asString("");
    if (token.isEmpty()) {
      throw failed("answered without an access_token: " + r.snippet());
    }
    accessToken = token;
    long expiresIn = body.path("expires_in").asLong(0);
    // Without expires_in (Salesforce) the token is kept until the API answers 401.
    if (expiresIn > 0) {
      Duration life = Duration.ofSeconds(expiresIn);
      Duration margin = SKEW.compareTo(life.dividedBy(2)) > 0 ? life.dividedBy(2) : SKEW;
      expiresAt = clock.instant().plus(life).minus(margin);
    } else {
      expiresAt = Instant.MAX;
    }
    String rotated = body.path("refresh_token").asString("");
    if (!rotated.isEmpty()) {
      refreshToken = rotated;
    }
  }

  private String form() {
    var f = new LinkedHashMap<String, String>();
    if (config.type() == AuthType.oauth2_refresh_token) {
      f.put("grant_type", "refresh_token");
      f.put("refresh_token", refreshToken);
    } else {
      f.put("grant_type", "client_credentials");
    }
    if (!config.clientAuthHeader()) {
      putIfSet(f, "client_id", config.clientId());
      putIfSet(f, "client_secret", config.clientSecret());
    }
    putIfSet(f, "scope", config.scope());
    return f.entrySet().stream()
        .map(e -> Urls.encode(e.getKey()) + "=" + Urls.encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static void putIfSet(Map<String, String> f, String key, String value) {
    if (value != null && !value.isBlank()) {
      f.put(key, value);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private ConnectorException failed(String what) {
    return new ConnectorException(HttpErrorCode.TOKEN_REQUEST_FAILED,
        "the OAuth2 token endpoint POST " + tokenUrl + " " + what + "; check " + settings);
  }

  @Override
  public String toString() {
    return "OAuth2[" + config.type() + ", " + tokenUrl + "]";
  }
}
