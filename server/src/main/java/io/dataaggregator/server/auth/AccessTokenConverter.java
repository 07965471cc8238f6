package io.dataaggregator.server.auth;

import java.time.Instant;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a valid JWT into the caller. The account is checked on every request, so disabling a
 * user, changing their role or resetting their password takes effect at once (on other instances
 * of a cluster within {@code dagg.auth.account-cache-ttl}), not when the token expires.
 */
@Component
class AccessTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {
  private final Accounts accounts;
  private final AccessPolicy policy;

  AccessTokenConverter(Accounts accounts, AccessPolicy policy) {
    this.accounts = accounts;
    this.policy = policy;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    Credentials c =
        accounts.credentialsForRequest(parse(jwt.getSubject())).orElseThrow(() -> refused("is unknown"));
    Account account = c.account();
    if (!account.enabled()) {
      throw refused("is disabled");
    }
    if (!policy.isEnabled(account.role())) {
      throw refused("has the role " + account.role() + ", which is disabled on this server");
    }
    Instant issuedAt = jwt.getIssuedAt();
    if (issuedAt == null || issuedAt.isBefore(c.sessionsValidAfter())) {
      throw new InvalidBearerTokenException(
          "The access token was issued before the account's password or status changed; log in"
              + " again");
    }
    CurrentUser user = new CurrentUser(account.id(), account.username(), account.role(), null);
    return new UserAuthentication(user, policy);
  }

  private static UUID parse(String subject) {
    try {
      return UUID.fromString(subject);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidBearerTokenException("The access token has no valid subject");
    }
  }

  private static InvalidBearerTokenException refused(String why) {
    return new InvalidBearerTokenException("The account of this access token " + why);
  }
}
