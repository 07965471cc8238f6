package io.dataaggregator.connector.kafka;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ConnectorSpec;
import io.dataaggregator.engine.spi.Destination;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import java.util.List;

/**
 * Writes each row as a JSON message to the topic named by the destination table, with an
 * idempotent producer and acks from all in-sync replicas; append and upsert (keyed messages)
 * modes. Stateless and thread-safe.
 */
@AutoService(Destination.class)
public final class KafkaSink implements Destination<KafkaSinkConfig> {
  @Override
  public ConnectorSpec<KafkaSinkConfig> spec() {
    return new ConnectorSpec<>("kafka", "Kafka",
        "JSON messages to Kafka topics; idempotent producer, acks=all, flushed on commit",
        KafkaSinkConfig.class);
  }

  @Override
  public CheckResult check(KafkaSinkConfig config) {
    try (var topics = new Topics(config)) {
      return CheckResult.success("connected to " + topics.describeCluster());
    } catch (ConnectorException e) {
      return CheckResult.failure(e.getMessage());
    }
  }

  @Override
  public BatchWriter open(KafkaSinkConfig config, WriteTarget target) {
    if (target.mode() == WriteMode.OVERWRITE) {
      throw TopicWriter.overwriteUnsupported(target.table());
    }
    return new TopicWriter(config, target, keyFields(config, target));
  }

  /** The configured key fields, else the upsert key, else the source's {@code _key}, else none. */
  static List<String> keyFields(KafkaSinkConfig config, WriteTarget target) {
    if (!config.keyFields().isEmpty()) {
      return config.keyFields();
    }
    if (!target.key().isEmpty()) {
      return target.key();
    }
    return target.schema().indexOf(MetaFields.KEY).isPresent() ? List.of(MetaFields.KEY) : List.of();
  }
}
