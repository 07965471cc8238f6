package io.dataaggregator.connector.kafka;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;

/** Builds Kafka client properties from a {@link KafkaConnection}. */
final class ClientProperties {
  private ClientProperties() {}

  /**
   * Properties every client (admin, consumer, producer) gets: servers, timeouts that bound how long
   * an unreachable cluster makes us wait, then the user's properties, then credentials.
   */
  static Properties common(KafkaConnection c, String clientId) {
    var p = new Properties();
    p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, c.bootstrapServers());
    p.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
    p.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, c.timeoutMs());
    p.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, c.timeoutMs());
    p.put(CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, Math.min(c.timeoutMs(), 10_000));
    p.put(CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, Math.min(c.timeoutMs(), 30_000));
    p.put(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
    c.properties().forEach((k, v) -> p.put(k, String.valueOf(v)));
    addSasl(c, p);
    addSsl(c, p);
    return p;
  }

  private static void addSasl(KafkaConnection c, Properties p) {
    if (c.saslUsername().isEmpty()) {
      return;
    }
    p.putIfAbsent(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
    String mechanism = String.valueOf(p.getOrDefault(SaslConfigs.SASL_MECHANISM, "PLAIN"));
    p.putIfAbsent(SaslConfigs.SASL_MECHANISM, mechanism);
    String module = mechanism.startsWith("SCRAM-")
        ? "org.apache.kafka.common.security.scram.ScramLoginModule"
        : "org.apache.kafka.common.security.plain.PlainLoginModule";
    p.put(SaslConfigs.SASL_JAAS_CONFIG, module + " required username=" + quoted(c.saslUsername())
        + " password=" + quoted(c.saslPassword()) + ";");
  }

  private static void addSsl(KafkaConnection c, Properties p) {
    if (c.sslPassword().isEmpty()) {
      return;
    }
    if (p.containsKey(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG)) {
      p.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, c.sslPassword());
    }
    if (p.containsKey(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG)) {
      p.put(SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, c.sslPassword());
      p.put(SslConfigs.SSL_KEY_PASSWORD_CONFIG, c.sslPassword());
    } else if (p.containsKey(SslConfigs.SSL_KEYSTORE_KEY_CONFIG)) {
      p.put(SslConfigs.SSL_KEY_PASSWORD_CONFIG, c.sslPassword());
    }
  }

  /** A copy of the user's client properties; a property without a value is a config error. */
  static Map<String, Object> copyOf(Map<String, Object> properties) {
    if (properties == null) {
      return Map.of();
    }
    properties.forEach((k, v) -> {
      if (v == null) {
        throw new IllegalArgumentException("properties." + k + " has no value");
      }
    });
    return Map.copyOf(properties);
  }

  /** A JAAS option value: double quotes, with backslashes and quotes escaped. */
  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
