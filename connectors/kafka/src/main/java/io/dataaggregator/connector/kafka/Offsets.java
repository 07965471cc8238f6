package io.dataaggregator.connector.kafka;

import io.dataaggregator.engine.spi.Checkpoint;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A topic's checkpoint: for each partition, the offset of the next message to read, as JSON such
 * as {@code {"0":42,"1":17}}. Reading from it again yields exactly the messages not yet returned.
 */
final class Offsets {
  private Offsets() {}

  static Checkpoint encode(Map<Integer, Long> next) {
    var node = JsonValues.MAPPER.createObjectNode();
    new TreeMap<>(next).forEach((partition, offset) -> node.put(String.valueOf(partition), offset));
    return new Checkpoint(node.toString());
  }

  /**
   * The offsets in {@code checkpoint}; empty for {@link Checkpoint#START}.
   *
   * @throws io.dataaggregator.engine.spi.ConnectorException when it is not a checkpoint of ours
   */
  static Map<Integer, Long> decode(Checkpoint checkpoint, String topic) {
    var offsets = new TreeMap<Integer, Long>();
    if (checkpoint.isStart()) {
      return offsets;
    }
    try {
      JsonNode node = JsonValues.MAPPER.readTree(checkpoint.state());
      if (!node.isObject()) {
        throw bad(checkpoint, topic);
      }
      for (var e : node.properties()) {
        if (!e.getValue().canConvertToLong() || e.getValue().longValue() < 0) {
          throw bad(checkpoint, topic);
        }
        offsets.put(Integer.parseInt(e.getKey()), e.getValue().longValue());
      }
      return offsets;
    } catch (JacksonException | NumberFormatException e) {
      throw bad(checkpoint, topic);
    }
  }

  private static RuntimeException bad(Checkpoint checkpoint, String topic) {
    return new io.dataaggregator.engine.spi.ConnectorException(
        KafkaErrorCode.BAD_CHECKPOINT,
        "the saved checkpoint of topic " + topic + " is not a map of partition to offset: "
            + checkpoint.state());
  }
}
