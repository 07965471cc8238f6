package io.dataaggregator.server.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The live WebSocket ({@code dagg.live.*}); every one has a default.
 *
 * @param queueCapacity messages waiting per client before older progress and log lines are dropped
 *     (default 256)
 * @param authTimeout how long a client that connected without {@code ?access_token=} has to send
 *     its token (default 10s)
 */
@ConfigurationProperties("dagg.live")
record LiveSettings(Integer queueCapacity, Duration authTimeout) {
  LiveSettings {
    queueCapacity = queueCapacity == null ? 256 : queueCapacity;
    authTimeout = authTimeout == null ? Duration.ofSeconds(10) : authTimeout;
  }
}
