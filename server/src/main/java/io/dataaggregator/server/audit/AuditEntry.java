package io.dataaggregator.server.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit log.
 *
 * @param id increasing, assigned by the store (0 before it is stored)
 * @param user the authenticated user's name; for a login, the name that was tried; for a refresh or
 *     logout, the owner of the refresh token ({@code unknown} when the server never issued it); for
 *     the server's own changes, what made them ({@code scheduler}, {@code retention}); null when
 *     anonymous
 * @param action the operation, for example {@code create}, {@code change-role}, {@code login}
 * @param targetType what was changed, for example {@code users} or {@code alerts.rules}
 * @param targetId the id of what was changed, when known
 * @param method HTTP method; null for changes not made through the API
 * @param path request path; null for changes not made through the API
 * @param status HTTP status of the answer; null for changes not made through the API
 * @param summary what was sent, secrets masked, and why it failed when it did
 */
record AuditEntry(
    long id,
    Instant at,
    String user,
    UUID userId,
    UUID apiKeyId,
    String action,
    String targetType,
    String targetId,
    String method,
    String path,
    Integer status,
    String clientIp,
    String correlationId,
    String summary) {}
