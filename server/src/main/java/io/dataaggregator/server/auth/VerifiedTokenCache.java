package io.dataaggregator.server.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A {@link JwtDecoder} that parses and checks the signature of each access token once and then
 * knows it by its text: a client sends the same token with every request for its whole life, and
 * parsing plus HMAC was a fifth of a read's CPU. The claims' validator (expiry, issuer) still runs
 * on every use, so a cached token stops working the moment it expires. Only tokens that passed
 * are kept; a forged one costs the full check every time.
 */
final class VerifiedTokenCache implements JwtDecoder {
  private final JwtDecoder verifier;
  private final OAuth2TokenValidator<Jwt> validator;
  private final Cache<String, Jwt> verified;

  /**
   * @param verifier parses, verifies the signature and validates
   * @param validator the verifier's own claim validator, run again on every cache hit
   * @param lifetime how long an access token lives: no entry needs to outlive it
   * @param maxTokens how many tokens to remember (each a few hundred bytes)
   */
  VerifiedTokenCache(
      JwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, Duration lifetime, long maxTokens) {
    this.verifier = verifier;
    this.validator = validator;
    this.verified = Caffeine.newBuilder().expireAfterWrite(lifetime).maximumSize(maxTokens).build();
  }

  @Override
  public Jwt decode(String token) throws JwtException {
    Jwt known = verified.getIfPresent(token);
    if (known == null) {
      Jwt jwt = verifier.decode(token);
      verified.put(token, jwt);
      return jwt;
    }
    OAuth2TokenValidatorResult result = validator.validate(known);
    if (result.hasErrors()) {
      verified.invalidate(token);
      throw new JwtValidationException(describe(result), result.getErrors());
    }
    return known;
  }

  /** The verifier's own wording, so a client sees the same message on a hit as on a miss. */
  private static String describe(OAuth2TokenValidatorResult result) {
    return result.getErrors().stream()
        .map(OAuth2Error::getDescription)
        .filter(d -> d != null && !d.isEmpty())
        .findFirst()
        .map(d -> "An error occurred while attempting to decode the Jwt: " + d)
        .orElse("Unable to validate Jwt");
  }
}
