package io.dataaggregator.server.connection;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dagg.connections.*}.
 *
 * @param timeout longest wait for a connector's check or discovery (default 60s); past it the test
 *     reports a failure and discovery answers 504
 */
@ConfigurationProperties("dagg.connections")
record ConnectionProperties(Duration timeout) {
  ConnectionProperties {
    timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
  }
}
