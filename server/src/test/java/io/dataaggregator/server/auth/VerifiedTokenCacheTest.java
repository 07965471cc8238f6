package io.dataaggregator.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class VerifiedTokenCacheTest {
  private static final Instant ISSUED = Instant.parse("2026-11-22T10:00:00Z");
  /** Spring's default leeway for clocks that disagree (JwtTimestampValidator). */
  private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
  private static final SecretKey KEY = new SecretKeySpec(new byte[32], "HmacSHA256");

  private final MovableClock clock = new MovableClock(ISSUED);
  private final AtomicInteger verifications = new AtomicInteger();
  private final VerifiedTokenCache cache = cache();

  @Test
  void checksTheSignatureOfATokenOnlyTheFirstTimeItIsSeen() {
    String token = token(ISSUED.plusSeconds(900));

    Jwt first = cache.decode(token);
    Jwt second = cache.decode(token);

    assertThat(second.getSubject()).isEqualTo(first.getSubject()).isEqualTo("someone");
    assertThat(verifications).hasValue(1);
  }

  @Test
  void refusesACachedTokenOnceItHasExpired() {
    String token = token(ISSUED.plusSeconds(900));
    cache.decode(token);

    clock.set(ISSUED.plusSeconds(900).plus(CLOCK_SKEW).plusSeconds(1));

    assertThatThrownBy(() -> cache.decode(token))
        .isInstanceOf(JwtValidationException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void neverRemembersATokenThatFailedItsCheck() {
    String forged = token(ISSUED.plusSeconds(900)).replaceFirst("\\.[^.]+$", ".AAAA");

    assertThatThrownBy(() -> cache.decode(forged)).isInstanceOf(BadJwtException.class);
    assertThatThrownBy(() -> cache.decode(forged)).isInstanceOf(BadJwtException.class);
    assertThat(verifications).hasValue(2);
  }

  private VerifiedTokenCache cache() {
    JwtTimestampValidator timestamps = new JwtTimestampValidator();
    timestamps.setClock(clock);
    OAuth2TokenValidator<Jwt> validator =
        new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator("test"));
    NimbusJwtDecoder nimbus =
        NimbusJwtDecoder.withSecretKey(KEY).macAlgorithm(MacAlgorithm.HS256).build();
    nimbus.setJwtValidator(validator);
    JwtDecoder counting =
        token -> {
          verifications.incrementAndGet();
          return nimbus.decode(token);
        };
    return new VerifiedTokenCache(counting, validator, Duration.ofMinutes(15), 100);
  }

  private static String token(Instant expires) {
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .issuer("test")
            .subject("someone")
            .issuedAt(ISSUED)
            .expiresAt(expires)
            .build();
    return NimbusJwtEncoder.withSecretKey(KEY)
        .build()
        .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
        .getTokenValue();
  }

  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void set(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
