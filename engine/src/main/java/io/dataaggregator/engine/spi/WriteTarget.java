package io.dataaggregator.engine.spi;

import io.dataaggregator.engine.type.Schema;
import java.util.List;
import java.util.Objects;

/**
 * Where and how a stream is written.
 *
 * @param pipeline the pipeline's name; destinations that keep checkpoints key them by it
 * @param stream the source stream's name
 * @param table the destination object (table, file base name, topic)
 * @param schema the schema of the batches that will arrive
 * @param key fields of the upsert key; empty for append and overwrite
 */
public record WriteTarget(
    String pipeline, String stream, String table, Schema schema, WriteMode mode, List<String> key) {
  public WriteTarget {
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(mode, "mode");
    key = List.copyOf(key);
    if (mode == WriteMode.UPSERT && key.isEmpty()) {
      throw new IllegalArgumentException("upsert into " + table + " needs a key");
    }
    key.forEach(schema::require);
  }
}
