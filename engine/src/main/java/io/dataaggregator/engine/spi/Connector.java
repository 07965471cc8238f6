package io.dataaggregator.engine.spi;

/**
 * What sources and destinations share. Implementations are stateless and thread-safe: one instance,
 * found by {@link java.util.ServiceLoader}, serves every pipeline; per-use state lives in the readers
 * and writers they open.
 *
 * @param <C> the configuration record
 */
public interface Connector<C extends Record> {
  ConnectorSpec<C> spec();

  /**
   * Connects with {@code config} and checks the rights the connector needs. Never throws for a
   * failure the user can fix: returns {@link CheckResult#failure} with a message naming what is wrong
   * (host, credentials, missing file, missing grant).
   */
  CheckResult check(C config);
}
