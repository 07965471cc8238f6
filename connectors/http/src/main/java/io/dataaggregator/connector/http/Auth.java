package io.dataaggregator.connector.http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Credentials added to each request. Implementations are thread-safe: the streams of a source
 * share one through their {@link ApiSession}.
 */
sealed interface Auth permits Auth.None, Auth.Basic, Auth.Bearer, Auth.ApiKey, OAuth2Auth {
  /** Adds the credentials to {@code request}; returns the URI to send it to (a query key changes it). */
  URI apply(HttpRequest.Builder request, URI uri) throws InterruptedException;

  /** After a 401: forgets a cached token; true when a retry with a fresh one may succeed. */
  default boolean renew() {
    return false;
  }

  /** The settings to check when the API refuses the credentials, as the user wrote them. */
  String settings();

  /**
   * The auth {@code api} configures.
   *
   * @throws io.dataaggregator.engine.spi.ConnectorException when a field its type needs is blank
   */
  static Auth from(ApiDefinition api, Requester tokenRequester) {
    AuthConfig c = api.auth();
    return switch (c.type()) {
      case none -> new None();
      case basic -> new Basic(
          require(api, "username", c.username()), c.password() == null ? "" : c.password(),
          api.setting("username") + " and " + api.setting("password"));
      case bearer -> new Bearer(require(api, "token", c.token()), api.setting("token"));
      case api_key -> new ApiKey(
          require(api, "api_key", c.apiKey()),
          c.header() == null || c.header().isBlank() ? "X-API-Key" : c.header(),
          c.queryParam() == null || c.queryParam().isBlank() ? null : c.queryParam(),
          api.setting("api_key"));
      case oauth2_client_credentials, oauth2_refresh_token -> OAuth2Auth.of(api, tokenRequester);
    };
  }

  static String require(ApiDefinition api, String field, String value) {
    if (value == null || value.isBlank()) {
      throw ApiResolver.invalid(
          "auth type " + api.auth().type() + " needs " + api.setting(field) + " (" + api.origin() + ")");
    }
    return value;
  }

  /** No credentials. */
  record None() implements Auth {
    @Override
    public URI apply(HttpRequest.Builder request, URI uri) {
      return uri;
    }

    @Override
    public String settings() {
      return "auth (none is configured; the API seems to want credentials)";
    }
  }

  /** HTTP Basic (RFC 7617). */
  record Basic(String username, String password, String settings) implements Auth {
    @Override
    public URI apply(HttpRequest.Builder request, URI uri) {
      String pair = username + ":" + password;
      request.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
      return uri;
    }

    @Override
    public String toString() {
      return "Basic[" + username + "]";
    }
  }

  /** {@code Authorization: Bearer <token>} with a token that does not change. */
  record Bearer(String token, String settings) implements Auth {
    @Override
    public URI apply(HttpRequest.Builder request, URI uri) {
      request.header("Authorization", "Bearer " + token);
      return uri;
    }

    @Override
    public String toString() {
      return "Bearer[***]";
    }
  }

  /** A key in a header, or in a query parameter when {@code queryParam} is set. */
  record ApiKey(String key, String header, String queryParam, String setting) implements Auth {
    @Override
    public URI apply(HttpRequest.Builder request, URI uri) {
      if (queryParam != null) {
        return Urls.withParam(uri, queryParam, key);
      }
      request.header(header, key);
      return uri;
    }

    @Override
    public String settings() {
      return setting + (queryParam != null ? " (sent as query parameter " + queryParam + ")"
          : " (sent in header " + header + ")");
    }

    @Override
    public String toString() {
      return "ApiKey[***]";
    }
  }
}
