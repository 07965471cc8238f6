package io.dataaggregator.server.alert;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Delivery settings of alerts ({@code dagg.alerts.*}). Email itself is Spring Boot's {@code
 * spring.mail.*} (host, port, username, password, properties).
 *
 * @param pollInterval how often each instance looks for due deliveries (retries)
 * @param backoff wait before the first retry; doubled for each further one
 * @param maxBackoff longest wait between retries
 * @param maxAttempts attempts before a delivery is given up (status FAILED)
 * @param webhookTimeout connect and answer timeout of a webhook call
 * @param mailFrom sender address of alert emails
 */
@ConfigurationProperties("dagg.alerts")
record AlertProperties(
    Duration pollInterval,
    Duration backoff,
    Duration maxBackoff,
    Integer maxAttempts,
    Duration webhookTimeout,
    String mailFrom) {
  AlertProperties {
    pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
    backoff = backoff == null ? Duration.ofSeconds(10) : backoff;
    maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
    maxAttempts = maxAttempts == null ? 6 : maxAttempts;
    webhookTimeout = webhookTimeout == null ? Duration.ofSeconds(10) : webhookTimeout;
    mailFrom = mailFrom == null || mailFrom.isBlank() ? "dataaggregator@localhost" : mailFrom;
  }

  /** Wait before the attempt after {@code failures} failed ones. */
  Duration backoffAfter(int failures) {
    Duration wait = backoff.multipliedBy(1L << Math.min(failures - 1, 20));
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
