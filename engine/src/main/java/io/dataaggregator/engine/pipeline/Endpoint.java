package io.dataaggregator.engine.pipeline;

/**
 * What a pipeline's source or destination names: a connector id with the config written beside it,
 * or the name of a connection stored in the server (connector and config kept there, secrets
 * encrypted), which a {@link io.dataaggregator.engine.plan.ConnectionResolver} looks up.
 */
public sealed interface Endpoint {
  String name();

  record Connector(String name) implements Endpoint {}

  record Connection(String name) implements Endpoint {}

  static Endpoint connector(String id) {
    return new Connector(id);
  }

  static Endpoint connection(String name) {
    return new Connection(name);
  }
}
