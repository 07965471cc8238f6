package io.dataaggregator.server.auth;

import java.util.UUID;

/**
 * Who is calling, as authenticated by an access token or an API key. Controller methods get it by
 * declaring a parameter of this type (it is left out of the OpenAPI document).
 *
 * @param id the user's id
 * @param username the user's login name
 * @param role the user's role as stored now (not as when the token was issued)
 * @param apiKeyId the API key used, or null when an access token was used
 */
public record CurrentUser(UUID id, String username, Role role, UUID apiKeyId) {
  public boolean viaApiKey() {
    return apiKeyId != null;
  }
}
