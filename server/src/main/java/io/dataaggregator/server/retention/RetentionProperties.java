package io.dataaggregator.server.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dagg.retention.*}: how the purge runs. How long things are kept are system settings
 * ({@code retention.runs-days} and the like, see {@code system.Setting}).
 *
 * @param interval how often the cluster purges; each instance looks this often, and only the one
 *     that claims the round purges
 * @param initialDelay wait after start before an instance looks the first time
 * @param batchSize rows deleted per transaction
 */
@ConfigurationProperties("dagg.retention")
record RetentionProperties(
    @DefaultValue("1h") Duration interval,
    @DefaultValue("2m") Duration initialDelay,
    @DefaultValue("500") int batchSize) {
  RetentionProperties {
    if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("dagg.retention.interval must be at least 1s");
    }
    if (batchSize < 1 || batchSize > 10_000) {
      throw new IllegalArgumentException("dagg.retention.batch-size must be from 1 to 10000");
    }
  }
}
