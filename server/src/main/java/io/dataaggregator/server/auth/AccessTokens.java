package io.dataaggregator.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Issues the token pair of a login or refresh: a short-lived JWT access token (subject = user id,
 * claims {@code username} and {@code role}) and the next refresh token of the family.
 */
@Component
class AccessTokens {
  static final String ISSUER = "dataaggregator";

  private final JwtEncoder encoder;
  private final RefreshTokens refreshTokens;
  private final Clock clock;
  private final Duration ttl;

  AccessTokens(
      JwtEncoder encoder, RefreshTokens refreshTokens, Clock clock, AuthProperties properties) {
    this.encoder = encoder;
    this.refreshTokens = refreshTokens;
    this.clock = clock;
    this.ttl = properties.accessTokenTtl();
  }

  /** After a login: a new refresh token family. */
  TokenResponse login(Account account) {
    return new TokenResponse(
        accessToken(account), refreshTokens.start(account.id()), ttl.toSeconds(), "Bearer");
  }

  /** After a refresh: the next refresh token of the same family. */
  TokenResponse refresh(Account account, UUID familyId) {
    return new TokenResponse(
        accessToken(account),
        refreshTokens.issue(account.id(), familyId),
        ttl.toSeconds(),
        "Bearer");
  }

  private String accessToken(Account account) {
    Instant now = clock.instant();
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .issuer(ISSUER)
            .subject(account.id().toString())
            .id(UUID.randomUUID().toString())
            .issuedAt(now)
            .expiresAt(now.plus(ttl))
            .claim("username", account.username())
            .claim("role", account.role().name())
            .build();
    JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
    return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
  }
}
