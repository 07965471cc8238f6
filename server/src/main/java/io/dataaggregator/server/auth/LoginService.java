package io.dataaggregator.server.auth;

import io.dataaggregator.server.auth.LoginAttempts.Outcome;
import io.dataaggregator.server.system.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a login: rate limit per IP, lockout per account, password, account state, then the TOTP
 * second factor (enrolling one on the spot when an admin requires it and none is set). Wrong
 * passwords and wrong codes both count towards the lockout.
 */
@Service
class LoginService {
  private final Accounts accounts;
  private final PasswordEncoder passwords;
  private final AccessPolicy policy;
  private final LoginRateLimiter rateLimiter;
  private final LoginAttempts attempts;
  private final AccessTokens tokens;
  private final RefreshTokens refreshTokens;
  private final TotpSecrets totpSecrets;
  private final AuthProperties properties;
  private final Clock clock;
  // Compared against for unknown users, so a wrong username costs as much time as a wrong password.
  private final String dummyHash;

  LoginService(
      Accounts accounts,
      PasswordEncoder passwords,
      AccessPolicy policy,
      LoginRateLimiter rateLimiter,
      LoginAttempts attempts,
      AccessTokens tokens,
      RefreshTokens refreshTokens,
      TotpSecrets totpSecrets,
      AuthProperties properties,
      Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.policy = policy;
    this.rateLimiter = rateLimiter;
    this.attempts = attempts;
    this.tokens = tokens;
    this.refreshTokens = refreshTokens;
    this.totpSecrets = totpSecrets;
    this.properties = properties;
    this.clock = clock;
    this.dummyHash = passwords.encode("not-a-real-password-" + Tokens.random());
  }

  TokenResponse login(LoginRequest request, String clientIp) {
    rateLimiter.acquire(clientIp);
    Optional<Credentials> found = accounts.credentialsByUsername(request.username());
    if (found.isEmpty()) {
      passwords.matches(request.password(), dummyHash);
      attempts.record(Accounts.normalize(request.username()), null, clientIp, Outcome.UNKNOWN_USER);
      throw wrongCredentials();
    }
    Attempt attempt = new Attempt(found.get(), clientIp, clock.instant());
    if (attempt.account().lockedAt(attempt.now())) {
      record(attempt, Outcome.LOCKED);
      throw locked(attempt.account().lockedUntil());
    }
    if (!passwords.matches(request.password(), attempt.credentials().passwordHash())) {
      throw failed(attempt, Outcome.WRONG_PASSWORD, wrongCredentials());
    }
    checkAccountState(attempt);
    secondFactor(attempt, request.totp());
    accounts.recordSuccess(attempt.account().id());
    record(attempt, Outcome.SUCCESS);
    return tokens.login(attempt.account());
  }

  /**
   * Whose refresh token this is, whatever its state (used, revoked and expired tokens still tell
   * whose they were); {@link TokenOwner#NOBODY} for a token this server did not issue.
   */
  TokenOwner ownerOf(String refreshToken) {
    return refreshTokens
        .userOf(refreshToken)
        .flatMap(accounts::find)
        .map(a -> new TokenOwner(a.username(), a.id()))
        .orElse(TokenOwner.NOBODY);
  }

  /** Ends the login the refresh token belongs to; unknown tokens are ignored (idempotent). */
  void logout(String refreshToken) {
    refreshTokens.revokeFamilyOf(refreshToken);
  }

  /** Exchanges a refresh token for a new pair, if its account may still log in. */
  TokenResponse refresh(String refreshToken) {
    RefreshTokens.Rotation rotation = refreshTokens.use(refreshToken);
    Account account =
        accounts
            .find(rotation.userId())
            .filter(a -> a.enabled() && policy.isEnabled(a.role()))
            .orElseThrow(
                () ->
                    new ApiException(
                        HttpStatus.UNAUTHORIZED,
                        "account-disabled",
                        "The account of this refresh token is disabled; ask an admin."));
    return tokens.refresh(account, rotation.familyId());
  }

  private void checkAccountState(Attempt attempt) {
    if (!attempt.account().enabled()) {
      record(attempt, Outcome.DISABLED);
      throw new ApiException(
          HttpStatus.FORBIDDEN, "account-disabled", "This account is disabled; ask an admin.");
    }
    if (!policy.isEnabled(attempt.account().role())) {
      record(attempt, Outcome.ROLE_DISABLED);
      throw new ApiException(
          HttpStatus.FORBIDDEN,
          "role-disabled",
          "The role "
              + attempt.account().role()
              + " is disabled on this server (dagg.roles.developer-enabled=false).");
    }
  }

  private void secondFactor(Attempt attempt, String code) {
    Credentials c = attempt.credentials();
    if (c.sealedTotpSecret() != null) {
      if (code == null || code.isBlank()) {
        record(attempt, Outcome.TOTP_MISSING);
        throw totpNeeded();
      }
      OptionalLong step = Totp.verify(totpSecrets.active(c), code, attempt.now(), c.totpLastStep());
      if (step.isEmpty()) {
        throw failed(attempt, Outcome.WRONG_TOTP, wrongTotp());
      }
      accounts.useTotpStep(attempt.account().id(), step.getAsLong());
    } else if (c.account().totpRequired()) {
      enrolAtLogin(attempt, code);
    }
  }

  /** TOTP is required but not set up: offer a secret, and accept a code for it as enrolment. */
  private void enrolAtLogin(Attempt attempt, String code) {
    Credentials c = attempt.credentials();
    String secret = totpSecrets.pending(c);
    if (secret == null) {
      secret = Totp.newSecret();
      accounts.offerTotp(attempt.account().id(), secret);
    }
    if (code == null || code.isBlank()) {
      record(attempt, Outcome.TOTP_MISSING);
      throw new ApiException(
              HttpStatus.UNAUTHORIZED,
              "totp-enrolment-required",
              "An admin requires a second factor for this account. Add the secret to an"
                  + " authenticator app, then log in again with its 6-digit code as totp.")
          .with("totpRequired", true)
          .with("secret", secret)
          .with("otpauthUri", Totp.uri(properties.totpIssuer(), c.account().username(), secret));
    }
    OptionalLong step = Totp.verify(secret, code, attempt.now(), null);
    if (step.isEmpty()) {
      throw failed(attempt, Outcome.WRONG_TOTP, wrongTotp());
    }
    accounts.activateTotp(attempt.account().id(), secret, step.getAsLong());
  }

  private void record(Attempt attempt, Outcome outcome) {
    attempts.record(
        attempt.account().username(), attempt.account().id(), attempt.clientIp(), outcome);
  }

  /** Counts the failure; locks the account (423) when it was one too many. */
  private ApiException failed(Attempt attempt, Outcome outcome, ApiException otherwise) {
    record(attempt, outcome);
    int failures = accounts.recordFailure(attempt.account().id());
    if (failures >= properties.lockoutMaxFailures()) {
      Instant until = attempt.now().plus(properties.lockoutDuration());
      accounts.lock(attempt.account().id(), until);
      return locked(until);
    }
    return otherwise;
  }

  private static ApiException wrongCredentials() {
    return new ApiException(
        HttpStatus.UNAUTHORIZED, "wrong-credentials", "Wrong username or password.");
  }

  private static ApiException wrongTotp() {
    return new ApiException(
            HttpStatus.UNAUTHORIZED,
            "wrong-totp",
            "The TOTP code is wrong, expired or already used; wait for the next one.")
        .with("totpRequired", true);
  }

  private static ApiException totpNeeded() {
    return new ApiException(
            HttpStatus.UNAUTHORIZED,
            "totp-required",
            "This account uses a second factor: send the 6-digit code of your authenticator app"
                + " as totp.")
        .with("totpRequired", true);
  }

  private static ApiException locked(Instant until) {
    return new ApiException(
            HttpStatus.LOCKED,
            "account-locked",
            "This account is locked after too many failed logins until "
                + until
                + "; try again then or ask an admin to unlock it.")
        .with("lockedUntil", until.toString());
  }

  /** One login attempt in progress. */
  private record Attempt(Credentials credentials, String clientIp, Instant now) {
    Account account() {
      return credentials.account();
    }
  }
}
