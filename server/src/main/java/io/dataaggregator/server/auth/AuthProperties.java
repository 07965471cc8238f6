package io.dataaggregator.server.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of login and tokens ({@code dagg.auth.*}); every one has a default.
 *
 * @param accessTokenTtl lifetime of a JWT access token (default 15m)
 * @param refreshTokenTtl lifetime of a refresh token (default 14d)
 * @param lockoutMaxFailures failed logins in a row that lock an account (default 5)
 * @param lockoutDuration how long a locked account stays locked (default 15m)
 * @param loginAttemptsPerMinute login requests one client IP may make per minute (default 20)
 * @param totpIssuer issuer shown by authenticator apps (default "Data Aggregator")
 * @param accountCacheTtl how long a request may go by an account read by an earlier one (default
 *     1s; 0 reads it for every request). Changes made through this instance are seen at once
 *     whatever it is; it bounds how late another instance of a cluster sees them.
 */
@ConfigurationProperties("dagg.auth")
record AuthProperties(
    Duration accessTokenTtl,
    Duration refreshTokenTtl,
    Integer lockoutMaxFailures,
    Duration lockoutDuration,
    Integer loginAttemptsPerMinute,
    String totpIssuer,
    Duration accountCacheTtl) {
  AuthProperties {
    accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
    refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(14) : refreshTokenTtl;
    lockoutMaxFailures = lockoutMaxFailures == null ? 5 : lockoutMaxFailures;
    lockoutDuration = lockoutDuration == null ? Duration.ofMinutes(15) : lockoutDuration;
    loginAttemptsPerMinute = loginAttemptsPerMinute == null ? 20 : loginAttemptsPerMinute;
    totpIssuer = totpIssuer == null || totpIssuer.isBlank() ? "Data Aggregator" : totpIssuer;
    accountCacheTtl = accountCacheTtl == null ? Duration.ofSeconds(1) : accountCacheTtl;
  }
}
