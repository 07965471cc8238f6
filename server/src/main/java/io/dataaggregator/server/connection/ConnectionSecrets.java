package io.dataaggregator.server.connection;

import io.dataaggregator.server.secret.SecretCipher;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Seals, opens and masks the secret settings of connection configs. A sealed value is bound to the
 * connection's id and the setting's place. Thread-safe.
 */
@Component
class ConnectionSecrets {
  private final SecretCipher cipher;
  private final ConnectorCatalog catalog;

  ConnectionSecrets(SecretCipher cipher, ConnectorCatalog catalog) {
    this.cipher = cipher;
    this.catalog = catalog;
  }

  /** The config to store: every secret text sealed. */
  Map<String, Object> seal(UUID connection, String connector, Map<String, Object> plain) {
    return catalog
        .secrets(connector)
        .mapTexts(plain, (pointer, text) -> cipher.seal(text, context(connection, pointer)));
  }

  /**
   * The config as connectors need it: every sealed text opened.
   *
   * @throws SecretCipher.SecretUnreadableException when one does not open
   */
  Map<String, Object> open(UUID connection, String connector, Map<String, Object> stored) {
    return catalog
        .secrets(connector)
        .mapTexts(stored, (pointer, text) -> cipher.openStored(text, context(connection, pointer)));
  }

  /** The config as the API shows it: each secret that is set reads {@code ***}. */
  Map<String, Object> mask(String connector, Map<String, Object> config) {
    return catalog.secrets(connector).mask(config);
  }

  /** See {@link SecretFields#keepStored}; {@code storedPlain} is an opened config. */
  Map<String, Object> keepStored(
      String connector,
      Map<String, Object> incoming,
      Map<String, Object> storedPlain,
      List<String> problems) {
    return catalog.secrets(connector).keepStored(incoming, storedPlain, problems);
  }

  private static String context(UUID connection, String pointer) {
    return "connection:" + connection + ":" + pointer;
  }
}
