package io.dataaggregator.server.auth;

import java.time.Instant;
import java.util.UUID;

/**
 * A user account as other features see it: no password hash, no TOTP secret.
 *
 * @param lockedUntil set while the account is locked after too many failed logins, else null
 */
public record Account(
    UUID id,
    String username,
    String email,
    Role role,
    boolean enabled,
    boolean totpEnabled,
    boolean totpRequired,
    Instant lockedUntil,
    Instant createdAt,
    Instant updatedAt) {

  /** Whether the account is locked at this instant. */
  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
