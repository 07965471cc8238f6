package io.dataaggregator.connector.kafka;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where each partition starts: at the checkpoint when there is one (the runner's, possibly stored
 * with the rows in a database, which is what makes delivery exactly-once there); else at the
 * consumer group's committed offset; else at the earliest or latest offset.
 */
final class StartOffsets {
  private static final Logger log = LoggerFactory.getLogger(StartOffsets.class);

  private StartOffsets() {}

  static Map<TopicPartition, Long> of(Consumer<?, ?> consumer, List<TopicPartition> partitions,
      Map<Integer, Long> saved, KafkaSourceConfig config, Map<TopicPartition, Long> begin,
      Map<TopicPartition, Long> end) {
    Map<TopicPartition, Long> fallback = config.startFrom().equals("latest") ? end : begin;
    var start = new HashMap<TopicPartition, Long>();
    if (!saved.isEmpty()) {
      for (TopicPartition p : partitions) {
        Long offset = saved.get(p.partition());
        // A partition missing from the checkpoint was added since: all of it is new.
        start.put(p, offset == null ? begin.get(p) : checked(p, offset, begin.get(p), end.get(p)));
      }
      return start;
    }
    Map<TopicPartition, OffsetAndMetadata> committed =
        config.groupId().isEmpty() ? Map.of() : consumer.committed(new HashSet<>(partitions));
    for (TopicPartition p : partitions) {
      OffsetAndMetadata c = committed.get(p);
      start.put(p, c == null ? fallback.get(p) : checked(p, c.offset(), begin.get(p), end.get(p)));
    }
    return start;
  }

  private static long checked(TopicPartition p, long offset, long begin, long end) {
    if (offset < begin) {
      log.warn("{}: offsets {} to {} were deleted by retention before they were read; going on from {}",
          p, offset, begin - 1, begin);
      return begin;
    }
    if (offset > end) {
      log.warn("{}: saved offset {} is past the end {} (topic recreated or truncated?); reading from {}",
          p, offset, end, begin);
      return begin;
    }
    return offset;
  }
}
