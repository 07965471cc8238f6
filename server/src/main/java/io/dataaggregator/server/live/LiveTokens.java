package io.dataaggregator.server.live;

import io.dataaggregator.server.auth.CurrentUser;
import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * Checks an access token for the WebSocket exactly as the HTTP API does: the same JWT decoder
 * (signature, issuer, expiry) and the same converter (account exists, is enabled, its role is on,
 * the token is newer than its last password change).
 */
@Component
class LiveTokens {
  private final JwtDecoder decoder;
  private final Converter<Jwt, AbstractAuthenticationToken> converter;

  LiveTokens(JwtDecoder decoder, Converter<Jwt, AbstractAuthenticationToken> converter) {
    this.decoder = decoder;
    this.converter = converter;
  }

  /** The token's user, or empty when the token is not (or no longer) good. */
  Optional<LiveUser> authenticate(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    try {
      Jwt jwt = decoder.decode(token.strip());
      AbstractAuthenticationToken authentication = converter.convert(jwt);
      if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
        return Optional.of(new LiveUser(user, jwt.getExpiresAt()));
      }
      return Optional.empty();
    } catch (JwtException | AuthenticationException refused) {
      return Optional.empty();
    }
  }
}
