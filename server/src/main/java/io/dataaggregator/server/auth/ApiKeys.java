package io.dataaggregator.server.auth;

import io.dataaggregator.server.system.ApiException;
import io.dataaggregator.server.system.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * API keys for machines (table {@code api_keys}). A key is {@code dagg_} plus 43 random characters,
 * shown once; only its SHA-256 hash and its first characters (to tell keys apart) are kept. A key
 * acts as its owner with the owner's current role.
 */
@Component
class ApiKeys {
  static final String PREFIX = "dagg_";
  private static final int SHOWN_CHARS = 12;
  // Writing last_used_at on every call would turn reads into writes; once a minute is enough.
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final JdbcClient jdbc;
  private final Clock clock;

  ApiKeys(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A key as listed to its owner. */
  record ApiKey(
      UUID id, UUID userId, String name, String prefix, Instant createdAt, Instant lastUsedAt) {}

  /** A key just created: the only time the full key is known. */
  record Created(ApiKey key, String secret) {}

  Created create(UUID userId, String name) {
    String secret = PREFIX + Tokens.random();
    ApiKey key =
        new ApiKey(
            UUID.randomUUID(),
            userId,
            name.trim(),
            secret.substring(0, SHOWN_CHARS),
            clock.instant(),
            null);
    jdbc.sql(
            "INSERT INTO api_keys (id, user_id, name, key_prefix, key_hash, created_at)"
                + " VALUES (:id, :user, :name, :prefix, :hash, :now)")
        .param("id", key.id())
        .param("user", userId)
        .param("name", key.name())
        .param("prefix", key.prefix())
        .param("hash", Tokens.hash(secret))
        .param("now", Sql.ts(key.createdAt()))
        .update();
    return new Created(key, secret);
  }

  /** The owner's keys that are not revoked, newest first. */
  List<ApiKey> listOf(UUID userId) {
    return jdbc.sql(
            "SELECT * FROM api_keys WHERE user_id = :user AND revoked_at IS NULL"
                + " ORDER BY created_at DESC")
        .param("user", userId)
        .query(ApiKeys::map)
        .list();
  }

  /** Revokes one of the owner's keys; 404 when the owner has no such key. */
  void revoke(UUID userId, UUID keyId) {
    int rows =
        jdbc.sql(
                "UPDATE api_keys SET revoked_at = :now WHERE id = :id AND user_id = :user"
                    + " AND revoked_at IS NULL")
            .param("now", Sql.ts(clock.instant()))
            .param("id", keyId)
            .param("user", userId)
            .update();
    if (rows == 0) {
      throw ApiException.notFound("API key", keyId);
    }
  }

  /** The active key with this secret, noting its use. */
  Optional<ApiKey> authenticate(String secret) {
    Optional<ApiKey> key =
        jdbc.sql("SELECT * FROM api_keys WHERE key_hash = :hash AND revoked_at IS NULL")
            .param("hash", Tokens.hash(secret))
            .query(ApiKeys::map)
            .optional();
    key.ifPresent(this::touch);
    return key;
  }

  private void touch(ApiKey key) {
    Instant now = clock.instant();
    if (key.lastUsedAt() == null || key.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
      jdbc.sql("UPDATE api_keys SET last_used_at = :now WHERE id = :id")
          .param("now", Sql.ts(now))
          .param("id", key.id())
          .update();
    }
  }

  private static ApiKey map(ResultSet rs, int row) throws SQLException {
    return new ApiKey(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "user_id"),
        rs.getString("name"),
        rs.getString("key_prefix"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "last_used_at"));
  }
}
