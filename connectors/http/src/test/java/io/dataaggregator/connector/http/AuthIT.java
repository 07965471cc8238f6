package io.dataaggregator.connector.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.connector.http.TestApi.Call;
import io.dataaggregator.connector.http.TestApi.Reply;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each auth style, token caching and renewal, and what 401/403 say, against a real server. */
class AuthIT {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  /** Three pages of two records each, served only to requests {@code allowed} accepts. */
  private void serveItems(Predicate<Call> allowed) {
    api.route("/v1/items", c -> {
      if (!allowed.test(c)) {
        return Reply.of(401, "application/json", "{\"error\":\"invalid_token\"}");
      }
      int page = Integer.parseInt(c.param("page"));
      if (page > 3) {
        return Reply.json("{\"items\": []}");
      }
      return Reply.json("{\"items\": [{\"id\": %d, \"name\": \"item %d\"}, {\"id\": %d, \"name\": \"item %d\"}]}"
          .formatted(page * 10, page * 10, page * 10 + 1, page * 10 + 1));
    });
  }

  private HttpSourceConfig config(String auth) {
    return Reads.config("""
        base_url: %s/v1
        auth: %s
        streams:
          - {name: items, path: /items, records: $.items, pagination: {type: page_number, page_size: 2}}
        """.formatted(api.base(), auth));
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void basicAuthSendsUserAndPassword() {
    serveItems(c -> basic("etl", "s3cret:x").equals(c.header("Authorization")));
    var r = Reads.readAll(config("{type: basic, username: etl, password: 's3cret:x'}"), "items", null, Checkpoint.START);
    assertThat(r.column("id")).containsExactly(10L, 11L, 20L, 21L, 30L, 31L);
  }

  @Test
  void bearerTokenIsSentInTheAuthorizationHeader() {
    serveItems(c -> "Bearer tok-123".equals(c.header("Authorization")));
    var r = Reads.readAll(config("{type: bearer, token: tok-123}"), "items", null, Checkpoint.START);
    assertThat(r.rows()).hasSize(6);
  }

  @Test
  void apiKeyGoesInTheHeaderItNames() {
    serveItems(c -> "k-42".equals(c.header("X-Api-Token")) && c.header("Authorization") == null);
    var r = Reads.readAll(config("{type: api_key, api_key: k-42, header: X-Api-Token}"), "items", null, Checkpoint.START);
    assertThat(r.rows()).hasSize(6);
  }

  @Test
  void apiKeyInTheQueryIsSentButNeverStoredInACheckpoint() {
    serveItems(c -> "k-42".equals(c.param("apikey")));
    var config = config("{type: api_key, api_key: k-42, query_param: apikey}");
    var stream = Reads.discover(config, "items", null);
    try (var reader = Reads.SOURCE.read(config, stream, Checkpoint.START)) {
      assertThat(reader.next().rows()).hasSize(2);
      assertThat(reader.checkpoint().state()).contains("page=2").doesNotContain("k-42").doesNotContain("apikey");
    }
  }

  @Test
  void oauth2ClientCredentialsFetchesOneTokenAndReusesIt() {
    api.route("/oauth/token", c -> Reply.json(
        "{\"access_token\": \"at-1\", \"token_type\": \"Bearer\", \"expires_in\": 3600}"));
    serveItems(c -> "Bearer at-1".equals(c.header("Authorization")));
    var r = Reads.readAll(config("""
        {type: oauth2_client_credentials, token_url: '%s/oauth/token', client_id: app, client_secret: sh, scope: 'read:items'}
        """.formatted(api.base()).strip()), "items", null, Checkpoint.START);
    assertThat(r.rows()).hasSize(6);
    var tokenCalls = api.calls("/oauth/token");
    assertThat(tokenCalls).hasSize(1);
    assertThat(tokenCalls.getFirst().method()).isEqualTo("POST");
    assertThat(tokenCalls.getFirst().body())
        .isEqualTo("grant_type=client_credentials&client_id=app&client_secret=sh&scope=read%3Aitems");
  }

  @Test
  void oauth2TokenIsFetchedAgainOnceItExpiresWithoutWaitingForA401() {
    var issued = new AtomicInteger();
    api.route("/oauth/token", c -> Reply.json(
        "{\"access_token\": \"at-%d\", \"expires_in\": 1}".formatted(issued.incrementAndGet())));
    serveItems(c -> c.header("Authorization").startsWith("Bearer at-"));
    // Two requests a second over 5 requests take 2 s: the 1 s token (kept 0.5 s) must be renewed.
    var r = Reads.readAll(Reads.config("""
        base_url: %s/v1
        requests_per_second: 2
        sample_size: 1
        auth: {type: oauth2_client_credentials, token_url: '%s/oauth/token', client_id: app, client_secret: sh}
        streams:
          - {name: items, path: /items, records: $.items, pagination: {type: page_number, page_size: 2}}
        """.formatted(api.base(), api.base())), "items", null, Checkpoint.START);
    assertThat(r.rows()).hasSize(6);
    assertThat(api.calls("/oauth/token").size()).isGreaterThanOrEqualTo(2);
    assertThat(api.calls("/v1/items")).hasSize(5);
  }

  @Test
  void oauth2ClientCredentialsCanAuthenticateWithABasicHeader() {
    api.route("/oauth/token", c -> basic("app", "sh").equals(c.header("Authorization"))
        ? Reply.json("{\"access_token\": \"at-1\", \"expires_in\": 3600}")
        : Reply.of(401, "application/json", "{\"error\":\"invalid_client\"}"));
    serveItems(c -> "Bearer at-1".equals(c.header("Authorization")));
    var r = Reads.readAll(config("""
        {type: oauth2_client_credentials, token_url: '%s/oauth/token', client_id: app, client_secret: sh, client_auth_header: true}
        """.formatted(api.base()).strip()), "items", null, Checkpoint.START);
    assertThat(r.rows()).hasSize(6);
    assertThat(api.calls("/oauth/token").getFirst().body()).isEqualTo("grant_type=client_credentials");
  }

  @Test
  void oauth2RefreshTokenIsRenewedWhenTheApiAnswers401AndTheRotatedOneIsUsed() {
    var issued = new AtomicInteger();
    api.route("/oauth/token", c -> {
      int n = issued.incrementAndGet();
      return Reply.json("{\"access_token\": \"at-%d\", \"refresh_token\": \"rt-%d\"}".formatted(n, n + 1));
    });
    // The API revokes at-1 after two requests (a session that timed out); at-2 works.
    var served = new AtomicInteger();
    serveItems(c -> {
      String auth = c.header("Authorization");
      return "Bearer at-2".equals(auth) || "Bearer at-1".equals(auth) && served.incrementAndGet() <= 2;
    });
    var r = Reads.readAll(config("""
        {type: oauth2_refresh_token, token_url: '%s/oauth/token', client_id: app, client_secret: sh, refresh_token: rt-1}
        """.formatted(api.base()).strip()), "items", null, Checkpoint.START);
    assertThat(r.column("id")).containsExactly(10L, 11L, 20L, 21L, 30L, 31L);
    assertThat(api.calls("/oauth/token")).extracting(Call::body).containsExactly(
        "grant_type=refresh_token&refresh_token=rt-1&client_id=app&client_secret=sh",
        "grant_type=refresh_token&refresh_token=rt-2&client_id=app&client_secret=sh");
  }

  @Test
  void unauthorizedNamesTheUrlAndTheSettingToCheck() {
    serveItems(c -> false);
    var config = config("{type: bearer, token: expired}");
    assertThatThrownBy(() -> Reads.SOURCE.discover(config))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("HTTP 401 from GET " + api.base() + "/v1/items?page=1: the API refused the credentials")
        .hasMessageContaining("check auth.token")
        .hasMessageContaining("invalid_token")
        .extracting(e -> ((ConnectorException) e).errorCode()).isEqualTo(HttpErrorCode.UNAUTHORIZED);
    var check = Reads.SOURCE.check(config);
    assertThat(check.ok()).isFalse();
    assertThat(check.message()).contains("HTTP 401", "auth.token");
  }

  @Test
  void forbiddenNamesTheUrlAndTheCredentialsToCheck() {
    api.route("/v1/items", c -> Reply.of(403, "application/json", "{\"message\":\"missing scope items:read\"}"));
    var config = config("{type: basic, username: etl, password: pw}");
    assertThatThrownBy(() -> Reads.SOURCE.discover(config))
        .hasMessageContaining("HTTP 403 from GET " + api.base() + "/v1/items")
        .hasMessageContaining("lack the right")
        .hasMessageContaining("auth.username and auth.password")
        .hasMessageContaining("missing scope items:read")
        .extracting(e -> ((ConnectorException) e).errorCode()).isEqualTo(HttpErrorCode.FORBIDDEN);
  }

  @Test
  void aRefusedTokenRequestNamesTheEndpointAndTheSettings() {
    api.route("/oauth/token", c -> Reply.of(401, "application/json",
        "{\"error\":\"invalid_client\",\"error_description\":\"client authentication failed\"}"));
    serveItems(c -> true);
    var config = config("{type: oauth2_client_credentials, token_url: '%s/oauth/token', client_id: app, client_secret: bad}"
        .formatted(api.base()));
    assertThatThrownBy(() -> Reads.SOURCE.discover(config))
        .hasMessageContaining("token endpoint POST " + api.base() + "/oauth/token answered HTTP 401")
        .hasMessageContaining("invalid_client")
        .hasMessageContaining("auth.client_id and auth.client_secret")
        .extracting(e -> ((ConnectorException) e).errorCode()).isEqualTo(HttpErrorCode.TOKEN_REQUEST_FAILED);
  }

  @Test
  void credentialsAreNotSentToAnotherHostThatANextLinkPointsTo() {
    try (TestApi other = TestApi.start()) {
      other.route("/cdn/page2", c -> Reply.json("{\"items\": [{\"id\": 2}]}"));
      api.route("/v1/items", c -> Reply.json(
          "{\"items\": [{\"id\": 1}], \"next\": \"" + other.base() + "/cdn/page2\"}"));
      var config = Reads.config("""
          base_url: %s/v1
          auth: {type: bearer, token: secret-token}
          streams:
            - {name: items, path: /items, records: items, pagination: {type: next_url, url_path: next}}
          """.formatted(api.base()));
      var r = Reads.readAll(config, "items", null, Checkpoint.START);
      assertThat(r.column("id")).containsExactly(1L, 2L);
      assertThat(api.calls("/v1/items").getFirst().header("Authorization")).isEqualTo("Bearer secret-token");
      assertThat(other.calls()).isNotEmpty().allSatisfy(c -> assertThat(c.header("Authorization")).isNull());
    }
  }

  @Test
  void aBearerAuthWithoutATokenIsAConfigErrorBeforeAnyRequest() {
    var config = config("{type: bearer}");
    assertThatThrownBy(() -> Reads.SOURCE.discover(config))
        .hasMessageContaining("auth type bearer needs auth.token");
    assertThat(api.calls()).isEmpty();
  }
}
