package io.dataaggregator.server.secret;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dagg.secret.*}.
 *
 * @param key the AES-256 key that encrypts the stored secrets, base64 of 32 bytes ({@code
 *     DAGG_SECRET_KEY}); unset: a key file {@code secret-aes256.key} in the data directory, created
 *     on first start
 */
@ConfigurationProperties("dagg.secret")
record SecretProperties(String key) {
  @Override
  public String toString() {
    return "SecretProperties[key=" + (key == null || key.isBlank() ? "unset" : "***") + "]";
  }
}
