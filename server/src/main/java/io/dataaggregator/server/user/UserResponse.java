package io.dataaggregator.server.user;

import io.dataaggregator.server.auth.Account;
import io.dataaggregator.server.auth.Role;
import java.time.Instant;
import java.util.UUID;

/** A user as the API shows it; never a password hash or a TOTP secret. */
record UserResponse(
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

  static UserResponse of(Account a) {
    return new UserResponse(
        a.id(),
        a.username(),
        a.email(),
        a.role(),
        a.enabled(),
        a.totpEnabled(),
        a.totpRequired(),
        a.lockedUntil(),
        a.createdAt(),
        a.updatedAt());
  }
}
