package io.dataaggregator.connector.kafka;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.Catalog;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ConnectorSpec;
import io.dataaggregator.engine.spi.Source;
import io.dataaggregator.engine.type.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Kafka topics, one stream per topic, JSON object values as rows plus the message's key,
 * headers, topic, partition, offset and timestamp. Streams are incremental on {@code _offset}: each
 * run goes on from the last checkpoint. Stateless and thread-safe.
 */
@AutoService(Source.class)
public final class KafkaSource implements Source<KafkaSourceConfig> {
  @Override
  public ConnectorSpec<KafkaSourceConfig> spec() {
    return new ConnectorSpec<>("kafka", "Kafka",
        "Kafka topics with JSON values; offsets committed to the group after the destination commits",
        KafkaSourceConfig.class);
  }

  @Override
  public CheckResult check(KafkaSourceConfig config) {
    try (var topics = new Topics(config)) {
      String cluster = topics.describeCluster();
      List<String> found = topics.resolve(config.topics(), config.topicPattern());
      return CheckResult.success("connected to " + cluster + "; topics: " + String.join(", ", found));
    } catch (ConnectorException e) {
      return CheckResult.failure(e.getMessage());
    }
  }

  @Override
  public Catalog discover(KafkaSourceConfig config) {
    List<String> names;
    try (var topics = new Topics(config)) {
      names = topics.resolve(config.topics(), config.topicPattern());
    }
    var streams = new ArrayList<CatalogStream>();
    if (!config.schema().isEmpty()) {
      names.forEach(topic -> streams.add(stream(topic, config.valueFields())));
      return new Catalog(streams);
    }
    var sampler = new SchemaSampler(config);
    names.forEach(topic -> streams.add(stream(topic, sampler.valueFields(topic))));
    return new Catalog(streams);
  }

  private static CatalogStream stream(String topic, List<Field> valueFields) {
    return CatalogStream.of(topic, RowDecoder.withMeta(valueFields))
        .withPrimaryKey(List.of(MetaFields.PARTITION, MetaFields.OFFSET))
        .withCursorCandidates(List.of(MetaFields.OFFSET))
        .incremental(MetaFields.OFFSET);
  }

  @Override
  public BatchReader read(KafkaSourceConfig config, CatalogStream stream, Checkpoint from) {
    return new TopicReader(config, stream, from);
  }
}
