package io.dataaggregator.connector.kafka;

import java.util.Map;

/**
 * The connection settings the source and the sink configs share; both records implement it with
 * their components of the same names.
 */
public interface KafkaConnection {
  /** {@code host:port} pairs separated by commas. */
  String bootstrapServers();

  /** Extra Kafka client properties (security.protocol, sasl.mechanism, ssl.*, tuning). */
  Map<String, Object> properties();

  /** SASL user; with {@link #saslPassword} it becomes {@code sasl.jaas.config}. Empty: none. */
  String saslUsername();

  String saslPassword();

  /** Password of the SSL trust store, key store and key, where those are configured. */
  String sslPassword();

  /** How long to wait for the brokers (connect, metadata, commits) before failing. */
  Integer timeoutMs();
}
