package io.dataaggregator.server.connection;

import java.util.List;

/**
 * Who uses a stored connection, asked before it is deleted or renamed so that nothing is left
 * naming a connection that is gone. Features that refer to connections by name (pipelines)
 * implement it as a bean; the connections feature asks every such bean and never reads their
 * tables. Implementations must be thread-safe.
 */
public interface ConnectionUsers {
  /** What refers to the connection of this name now; empty when nothing does. */
  List<ConnectionUser> using(String connectionName);
}
