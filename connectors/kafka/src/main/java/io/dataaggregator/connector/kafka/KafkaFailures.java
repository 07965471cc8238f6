package io.dataaggregator.connector.kafka;

import io.dataaggregator.engine.spi.ConnectorException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/** Turns Kafka client exceptions into {@link ConnectorException}s that say what to check. */
final class KafkaFailures {
  private KafkaFailures() {}

  /**
   * @param doing what was attempted, e.g. {@code "reading topic orders"}
   * @param otherwise the code when the cause is none of the known kinds
   */
  static ConnectorException translate(Throwable e, String doing, KafkaConnection c, KafkaErrorCode otherwise) {
    if (e instanceof ConnectorException ce) {
      return ce;
    }
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      ConnectorException known = known(t, doing, c);
      if (known != null) {
        return known;
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return new ConnectorException(otherwise, doing + " failed: " + describe(root), e);
  }

  private static ConnectorException known(Throwable t, String doing, KafkaConnection c) {
    if (t instanceof org.apache.kafka.common.errors.TimeoutException
        || t instanceof java.util.concurrent.TimeoutException) {
      return unreachable(doing, c, t);
    }
    if (t instanceof AuthenticationException) {
      return new ConnectorException(KafkaErrorCode.AUTH_FAILED, doing + ": Kafka at "
          + c.bootstrapServers() + " refused the credentials: " + t.getMessage(), t);
    }
    if (t instanceof AuthorizationException) {
      return new ConnectorException(KafkaErrorCode.NOT_ALLOWED, doing + ": not allowed: " + t.getMessage(), t);
    }
    if (t instanceof UnknownTopicOrPartitionException) {
      return new ConnectorException(KafkaErrorCode.UNKNOWN_TOPIC, doing + ": " + t.getMessage(), t);
    }
    if (t instanceof ConfigException) {
      return new ConnectorException(KafkaErrorCode.BAD_CONFIG,
          doing + ": Kafka rejected a setting: " + t.getMessage(), t);
    }
    return null;
  }

  static ConnectorException unreachable(String doing, KafkaConnection c, Throwable cause) {
    return new ConnectorException(KafkaErrorCode.UNREACHABLE, doing + ": no answer from Kafka at "
        + c.bootstrapServers() + " within " + c.timeoutMs() + " ms; check bootstrap_servers, that the"
        + " brokers are up and reachable from here, and security.protocol", cause);
  }

  private static String describe(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
