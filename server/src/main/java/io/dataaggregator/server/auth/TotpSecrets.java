package io.dataaggregator.server.auth;

import io.dataaggregator.server.secret.SealColumnsMigration;
import io.dataaggregator.server.secret.SecretCipher;
import io.dataaggregator.server.system.ApiException;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * TOTP secrets at rest: sealed with the server key ({@link SecretCipher}) for the account they
 * belong to, in {@code users.totp_secret} and {@code totp_pending_secret}, and opened only to check
 * a code or to show a secret being enrolled to its own user. Thread-safe.
 */
@Component
class TotpSecrets {
  private final SecretCipher cipher;

  TotpSecrets(SecretCipher cipher) {
    this.cipher = cipher;
  }

  /** One context for both columns: confirming moves the pending secret to the active one. */
  static String context(UUID userId) {
    return "user:" + userId + ":totp";
  }

  /** Seals the values stored in plain text before V7 (foundation range V1-V9). */
  @Bean
  static JavaMigration sealTotpSecretsMigration(SecretCipher cipher) {
    return new SealColumnsMigration(
        "7",
        "seal totp secrets",
        cipher,
        "users",
        List.of("totp_secret", "totp_pending_secret"),
        TotpSecrets::context);
  }

  String seal(UUID userId, String base32Secret) {
    return cipher.seal(base32Secret, context(userId));
  }

  /** The confirmed secret in clear, or null when TOTP is not set up. */
  String active(Credentials c) {
    return open(c, c.sealedTotpSecret());
  }

  /** The secret offered for enrolment in clear, or null when none is. */
  String pending(Credentials c) {
    return open(c, c.sealedTotpPendingSecret());
  }

  private String open(Credentials c, String stored) {
    try {
      return cipher.openStored(stored, context(c.account().id()));
    } catch (SecretCipher.SecretUnreadableException e) {
      throw new ApiException(
          HttpStatus.INTERNAL_SERVER_ERROR,
          "secret-unreadable",
          "The second-factor secret of the account "
              + c.account().username()
              + " cannot be read: "
              + e.getMessage()
              + ". An admin can reset the account's TOTP.");
    }
  }
}
