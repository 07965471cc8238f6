package io.dataaggregator.engine.inspect;

import io.dataaggregator.engine.type.Schema;
import java.util.List;

/**
 * The rows a step sent to a child stream (explode with {@code into}) on the sample.
 *
 * @param stream the child stream's name
 */
public record ChildPreview(String stream, Schema schema, List<Object[]> rows) {
  public ChildPreview {
    rows = List.copyOf(rows);
  }
}
