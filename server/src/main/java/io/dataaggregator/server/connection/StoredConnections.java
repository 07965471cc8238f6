package io.dataaggregator.server.connection;

import io.dataaggregator.engine.plan.ConnectionResolver;
import io.dataaggregator.server.secret.SecretCipher;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Resolves {@code connection: NAME} in pipelines from the {@code connections} table, for the
 * engine's plan compiler, with secrets decrypted. The connections feature's public API for runs and
 * previews. What it returns holds secrets in clear: hand it to connectors only, never to a response
 * or a log.
 */
@Component
public class StoredConnections implements ConnectionResolver {
  private final ConnectionStore store;
  private final ConnectionSecrets secrets;

  StoredConnections(ConnectionStore store, ConnectionSecrets secrets) {
    this.store = store;
    this.secrets = secrets;
  }

  /**
   * @throws IllegalStateException when a secret of the connection cannot be decrypted (the server
   *     runs with another key than the one it was stored with)
   */
  @Override
  public Optional<StoredConnection> resolve(String name) {
    return store
        .findByName(name)
        .map(
            row -> {
              try {
                return new StoredConnection(
                    row.connector(), secrets.open(row.id(), row.connector(), row.config()));
              } catch (SecretCipher.SecretUnreadableException e) {
                throw new IllegalStateException("connection " + name + ": " + e.getMessage());
              }
            });
  }
}
