package io.dataaggregator.engine.plan;

import java.util.Map;
import java.util.Optional;

/**
 * Looks up stored connections that pipelines name with {@code connection:}. The server resolves
 * them from its store; the CLI has none.
 */
@FunctionalInterface
public interface ConnectionResolver {
  ConnectionResolver NONE = name -> Optional.empty();

  /** A stored connection: its connector id and config (secrets decrypted). */
  record StoredConnection(String connector, Map<String, Object> config) {
    public StoredConnection {
      config = Map.copyOf(config);
    }
  }

  Optional<StoredConnection> resolve(String name);
}
