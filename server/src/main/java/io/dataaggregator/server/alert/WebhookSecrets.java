package io.dataaggregator.server.alert;

import io.dataaggregator.server.secret.SealColumnsMigration;
import io.dataaggregator.server.secret.SecretCipher;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Webhook signing secrets at rest: sealed with the server key ({@link SecretCipher}) for their rule
 * in {@code alert_rules.webhook_secret}, opened only to sign a delivery. Thread-safe.
 */
@Component
class WebhookSecrets {
  private final SecretCipher cipher;

  WebhookSecrets(SecretCipher cipher) {
    this.cipher = cipher;
  }

  static String context(UUID ruleId) {
    return "alert-rule:" + ruleId + ":webhook-secret";
  }

  /** Seals the values stored in plain text before V52 (alerts range V50-V59). */
  @Bean
  static JavaMigration sealWebhookSecretsMigration(SecretCipher cipher) {
    return new SealColumnsMigration(
        "52",
        "seal webhook secrets",
        cipher,
        "alert_rules",
        List.of("webhook_secret"),
        WebhookSecrets::context);
  }

  String seal(UUID ruleId, String secret) {
    return cipher.seal(secret, context(ruleId));
  }

  /** The stored secret a rule keeps on replace, sealed if an older instance stored it plain. */
  String keep(UUID ruleId, String stored) {
    return stored == null || SecretCipher.isSealed(stored) ? stored : seal(ruleId, stored);
  }

  /**
   * The rule's secret in clear.
   *
   * @throws SecretCipher.SecretUnreadableException when it does not open (another server key); the
   *     delivery records the message, which never holds the secret
   */
  String open(AlertRule rule) {
    return cipher.openStored(rule.sealedWebhookSecret(), context(rule.id()));
  }
}
