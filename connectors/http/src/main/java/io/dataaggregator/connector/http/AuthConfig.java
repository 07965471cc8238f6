package io.dataaggregator.connector.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.dataaggregator.engine.spi.Secret;

/**
 * How the {@code http} source authenticates. One flat record so that forms stay simple; which
 * fields a type needs is checked when the auth is built ({@link Auth#from}).
 */
public record AuthConfig(
    @JsonProperty("type")
        @JsonPropertyDescription(
            "none, basic, bearer, api_key, oauth2_client_credentials or oauth2_refresh_token;"
                + " default none")
        AuthType type,
    @JsonProperty("username") @JsonPropertyDescription("basic: the user name") String username,
    @JsonProperty("password") @JsonPropertyDescription("basic: the password") @Secret
        String password,
    @JsonProperty("token")
        @JsonPropertyDescription("bearer: the token sent as 'Authorization: Bearer <token>'")
        @Secret
        String token,
    @JsonProperty("api_key") @JsonPropertyDescription("api_key: the key") @Secret String apiKey,
    @JsonProperty("header")
        @JsonPropertyDescription("api_key: the header that carries the key; default X-API-Key")
        String header,
    @JsonProperty("query_param")
        @JsonPropertyDescription("api_key: send the key as this query parameter instead of a header")
        String queryParam,
    @JsonProperty("token_url")
        @JsonPropertyDescription("oauth2_*: the token endpoint, e.g. https://login.example.com/oauth2/token")
        String tokenUrl,
    @JsonProperty("client_id") @JsonPropertyDescription("oauth2_*: the client id") String clientId,
    @JsonProperty("client_secret") @JsonPropertyDescription("oauth2_*: the client secret") @Secret
        String clientSecret,
    @JsonProperty("refresh_token")
        @JsonPropertyDescription("oauth2_refresh_token: the long-lived refresh token")
        @Secret
        String refreshToken,
    @JsonProperty("scope") @JsonPropertyDescription("oauth2_*: scopes to ask for, space separated")
        String scope,
    @JsonProperty("client_auth_header")
        @JsonPropertyDescription(
            "oauth2_*: send client_id/client_secret as an HTTP Basic header to the token endpoint"
                + " instead of in the form body; default false")
        Boolean clientAuthHeader) {
  public AuthConfig {
    type = type == null ? AuthType.none : type;
    clientAuthHeader = clientAuthHeader != null && clientAuthHeader;
  }

  @Override
  public String toString() {
    // The default would print the secrets.
    return "AuthConfig[type=" + type + "]";
  }

  public static AuthConfig none() {
    return new AuthConfig(null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
