package io.dataaggregator.server.auth;

import io.dataaggregator.server.system.ApiException;
import io.dataaggregator.server.system.Sql;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rotating, single-use refresh tokens (table {@code refresh_tokens}, hashes only). A login starts a
 * family; each refresh uses up the presented token and issues the next one of the family. A token
 * presented a second time means it was copied: the whole family is revoked. {@link
 * RefreshTokenPurge} deletes a family once its newest token has expired. Statements run without
 * a surrounding transaction on purpose, so a revocation is committed even when the request then
 * fails.
 */
@Component
class RefreshTokens {
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration ttl;

  RefreshTokens(JdbcClient jdbc, Clock clock, AuthProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.ttl = properties.refreshTokenTtl();
  }

  /** The user and family a successful rotation continues. */
  record Rotation(UUID userId, UUID familyId) {}

  /** Starts a new family (a login) and returns its first token. */
  String start(UUID userId) {
    return issue(userId, UUID.randomUUID());
  }

  String issue(UUID userId, UUID familyId) {
    String token = Tokens.random();
    Instant now = clock.instant();
    jdbc.sql(
            "INSERT INTO refresh_tokens (id, family_id, user_id, token_hash, created_at,"
                + " expires_at) VALUES (:id, :family, :user, :hash, :now, :expires)")
        .param("id", UUID.randomUUID())
        .param("family", familyId)
        .param("user", userId)
        .param("hash", Tokens.hash(token))
        .param("now", Sql.ts(now))
        .param("expires", Sql.ts(now.plus(ttl)))
        .update();
    return token;
  }

  /** Uses up the token; 401 when it is unknown, revoked, expired or (family revoked) reused. */
  Rotation use(String token) {
    Row row = find(token).orElseThrow(() -> invalid("is not known; log in again"));
    Instant now = clock.instant();
    if (row.revoked()) {
      throw invalid("has been revoked (logout, password change or reuse); log in again");
    }
    if (row.used() || !markUsed(row.id(), now)) {
      revokeFamily(row.familyId());
      throw new ApiException(
          HttpStatus.UNAUTHORIZED,
          "refresh-token-reused",
          "This refresh token was already used once. It may have been copied, so every session of"
              + " that login has been signed out; log in again.");
    }
    if (!row.expiresAt().isAfter(now)) {
      throw invalid("has expired; log in again");
    }
    return new Rotation(row.userId(), row.familyId());
  }

  /** The user the token was issued to, whether or not it is still usable. */
  Optional<UUID> userOf(String token) {
    return find(token).map(Row::userId);
  }

  /** Revokes the family of this token (logout); unknown tokens are ignored. */
  void revokeFamilyOf(String token) {
    find(token).ifPresent(row -> revokeFamily(row.familyId()));
  }

  void revokeFamily(UUID familyId) {
    jdbc.sql(
            "UPDATE refresh_tokens SET revoked_at = :now WHERE family_id = :family"
                + " AND revoked_at IS NULL")
        .param("now", Sql.ts(clock.instant()))
        .param("family", familyId)
        .update();
  }

  void revokeAllOf(UUID userId) {
    jdbc.sql(
            "UPDATE refresh_tokens SET revoked_at = :now WHERE user_id = :user"
                + " AND revoked_at IS NULL")
        .param("now", Sql.ts(clock.instant()))
        .param("user", userId)
        .update();
  }

  private boolean markUsed(UUID id, Instant now) {
    // Conditional update: of two concurrent refreshes with one token, exactly one wins.
    return jdbc.sql(
                "UPDATE refresh_tokens SET used_at = :now WHERE id = :id AND used_at IS NULL"
                    + " AND revoked_at IS NULL")
            .param("now", Sql.ts(now))
            .param("id", id)
            .update()
        == 1;
  }

  private Optional<Row> find(String token) {
    return jdbc.sql(
            "SELECT id, family_id, user_id, expires_at, used_at, revoked_at FROM refresh_tokens"
                + " WHERE token_hash = :hash")
        .param("hash", Tokens.hash(token))
        .query(
            (rs, n) ->
                new Row(
                    Sql.uuid(rs, "id"),
                    Sql.uuid(rs, "family_id"),
                    Sql.uuid(rs, "user_id"),
                    Sql.instant(rs, "expires_at"),
                    Sql.instant(rs, "used_at") != null,
                    Sql.instant(rs, "revoked_at") != null))
        .optional();
  }

  private static ApiException invalid(String why) {
    return new ApiException(
        HttpStatus.UNAUTHORIZED, "invalid-refresh-token", "The refresh token " + why + ".");
  }

  private record Row(
      UUID id, UUID familyId, UUID userId, Instant expiresAt, boolean used, boolean revoked) {}
}
