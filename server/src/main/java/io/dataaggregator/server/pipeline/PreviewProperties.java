package io.dataaggregator.server.pipeline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dagg.preview.*}.
 *
 * @param timeout longest a preview or profile may take, discovery included (default 60s); reading
 *     the sample stops after half of it and shows what it has, past all of it the answer is a 504
 */
@ConfigurationProperties("dagg.preview")
record PreviewProperties(Duration timeout) {
  PreviewProperties {
    timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
  }
}
