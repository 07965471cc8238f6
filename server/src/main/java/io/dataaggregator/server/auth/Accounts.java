package io.dataaggregator.server.auth;

import io.dataaggregator.server.system.ApiException;
import io.dataaggregator.server.system.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user accounts (table {@code users}): the one way other features read and change them.
 * Passwords are hashed here (Argon2) and never returned. Changing a password or disabling an
 * account ends its sessions: refresh tokens are revoked and older access tokens refused. Usernames
 * are stored in lower case. Thread-safe.
 */
@Component
public class Accounts {
  static final String COLUMNS =
      "id, username, email, password_hash, role, enabled, totp_secret, totp_pending_secret,"
          + " totp_last_step, totp_required, failed_logins, locked_until, sessions_valid_after,"
          + " created_at, updated_at";

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final RefreshTokens refreshTokens;
  private final TotpSecrets totpSecrets;
  private final Clock clock;
  private final RecentAccounts recent;

  Accounts(
      JdbcClient jdbc,
      PasswordEncoder passwords,
      RefreshTokens refreshTokens,
      TotpSecrets totpSecrets,
      Clock clock,
      AuthProperties auth) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.refreshTokens = refreshTokens;
    this.totpSecrets = totpSecrets;
    this.clock = clock;
    this.recent = new RecentAccounts(auth.accountCacheTtl(), this::credentials);
  }

  /** Usernames are case-insensitive: stored and looked up in lower case. */
  public static String normalize(String username) {
    return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
  }

  /** Creates an enabled account; 409 when the username is taken. */
  public Account create(String username, String email, String rawPassword, Role role) {
    UUID id = UUID.randomUUID();
    Instant now = now();
    try {
      jdbc.sql(
              "INSERT INTO users ("
                  + COLUMNS
                  + ") VALUES (:id, :username, :email, :hash, :role,"
                  + " TRUE, NULL, NULL, NULL, FALSE, 0, NULL, :sessions, :now, :now)")
          .param("id", id)
          .param("username", normalize(username))
          .param("email", email.trim())
          .param("hash", passwords.encode(rawPassword))
          .param("role", role.name())
          .param("now", Sql.ts(now))
          .param("sessions", Sql.ts(now.truncatedTo(ChronoUnit.SECONDS))) // JWT iat has seconds
          .update();
    } catch (DuplicateKeyException e) {
      throw ApiException.conflict(
              "username-taken", "The username " + normalize(username) + " is already taken.")
          .with("field", "username");
    }
    return find(id).orElseThrow();
  }

  public Optional<Account> find(UUID id) {
    return credentials(id).map(Credentials::account);
  }

  /** The account or 404. */
  public Account get(UUID id) {
    return find(id).orElseThrow(() -> ApiException.notFound("User", id));
  }

  public Optional<Account> findByUsername(String username) {
    return credentialsByUsername(username).map(Credentials::account);
  }

  /** All accounts, ordered by username. */
  public List<Account> list() {
    return jdbc
        .sql("SELECT " + COLUMNS + " FROM users ORDER BY username")
        .query(ROWS)
        .list()
        .stream()
        .map(Credentials::account)
        .toList();
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
  }

  /** Enabled accounts with this role; used to keep at least one admin. */
  public long countEnabled(Role role) {
    return jdbc.sql("SELECT COUNT(*) FROM users WHERE enabled = TRUE AND role = :role")
        .param("role", role.name())
        .query(Long.class)
        .single();
  }

  public void changeRole(UUID id, Role role) {
    update(id, "role = :v", Map.of("v", role.name()));
  }

  /** Enables or disables; disabling ends every session of the account at once. */
  @Transactional
  public void setEnabled(UUID id, boolean enabled) {
    update(id, "enabled = :v", Map.of("v", enabled));
    if (!enabled) {
      endSessions(id);
    }
  }

  /** Sets a new password and ends every session of the account. */
  @Transactional
  public void setPassword(UUID id, String rawPassword) {
    update(id, "password_hash = :v", Map.of("v", passwords.encode(rawPassword)));
    endSessions(id);
  }

  public boolean passwordMatches(UUID id, String rawPassword) {
    return credentials(id).map(c -> passwords.matches(rawPassword, c.passwordHash())).orElse(false);
  }

  /** Lifts a lockout and forgets earlier failed logins. */
  public void unlock(UUID id) {
    update(id, "locked_until = NULL, failed_logins = 0", Map.of());
  }

  /** Whether login must ask for a TOTP code (enrolling one at the next login when none is set). */
  public void setTotpRequired(UUID id, boolean required) {
    update(id, "totp_required = :v", Map.of("v", required));
  }

  /** Forgets the TOTP secret (a lost device); the user enrols again. */
  public void resetTotp(UUID id) {
    update(id, "totp_secret = NULL, totp_pending_secret = NULL, totp_last_step = NULL", Map.of());
  }

  Optional<Credentials> credentials(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = :id")
        .param("id", id)
        .query(ROWS)
        .optional();
  }

  /**
   * The account as a request is authenticated with it: a change made through this instance is seen
   * by the next request, one made through another instance of a cluster within {@code
   * dagg.auth.account-cache-ttl}.
   */
  Optional<Credentials> credentialsForRequest(UUID id) {
    return recent.get(id);
  }

  Optional<Credentials> credentialsByUsername(String username) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE username = :username")
        .param("username", normalize(username))
        .query(ROWS)
        .optional();
  }

  /** Counts a failed login and returns how many failed in a row. */
  int recordFailure(UUID id) {
    update(id, "failed_logins = failed_logins + 1", Map.of());
    return jdbc.sql("SELECT failed_logins FROM users WHERE id = :id")
        .param("id", id)
        .query(Integer.class)
        .single();
  }

  void lock(UUID id, Instant until) {
    update(id, "locked_until = :v, failed_logins = 0", Map.of("v", Sql.ts(until)));
  }

  void recordSuccess(UUID id) {
    update(id, "failed_logins = 0, locked_until = NULL", Map.of());
  }

  /**
   * Stores a new TOTP secret (plain Base32) offered for enrolment, sealed; not active until a code
   * confirms it.
   */
  void offerTotp(UUID id, String secret) {
    update(id, "totp_pending_secret = :v", Map.of("v", totpSecrets.seal(id, secret)));
  }

  /** Makes the secret (plain Base32) the account's second factor, sealed. */
  void activateTotp(UUID id, String secret, long step) {
    update(
        id,
        "totp_secret = :v, totp_pending_secret = NULL, totp_last_step = :step",
        Map.of("v", totpSecrets.seal(id, secret), "step", step));
  }

  void useTotpStep(UUID id, long step) {
    update(id, "totp_last_step = :v", Map.of("v", step));
  }

  void update(UUID id, String assignments, Map<String, ?> params) {
    int rows =
        jdbc.sql("UPDATE users SET " + assignments + ", updated_at = :now WHERE id = :id")
            .params(params)
            .param("now", Sql.ts(now()))
            .param("id", id)
            .update();
    recent.forget(id);
    if (rows == 0) {
      throw ApiException.notFound("User", id);
    }
  }

  private void endSessions(UUID id) {
    // JWT "iat" has whole seconds: a token from the same second as the change stays valid.
    update(
        id,
        "sessions_valid_after = :v",
        Map.of("v", Sql.ts(now().truncatedTo(ChronoUnit.SECONDS))));
    refreshTokens.revokeAllOf(id);
  }

  private Instant now() {
    return clock.instant();
  }

  static final RowMapper<Credentials> ROWS = Accounts::map;

  private static Credentials map(ResultSet rs, int row) throws SQLException {
    Account account =
        new Account(
            Sql.uuid(rs, "id"),
            rs.getString("username"),
            rs.getString("email"),
            Role.valueOf(rs.getString("role")),
            rs.getBoolean("enabled"),
            rs.getString("totp_secret") != null,
            rs.getBoolean("totp_required"),
            Sql.instant(rs, "locked_until"),
            Sql.instant(rs, "created_at"),
            Sql.instant(rs, "updated_at"));
    long step = rs.getLong("totp_last_step");
    Long lastStep = rs.wasNull() ? null : step;
    return new Credentials(
        account,
        rs.getString("password_hash"),
        rs.getString("totp_secret"),
        rs.getString("totp_pending_secret"),
        lastStep,
        Sql.instant(rs, "sessions_valid_after"));
  }
}
