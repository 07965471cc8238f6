package io.dataaggregator.engine.inspect;

import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import java.util.List;

/**
 * The rows after one node of a pipeline.
 *
 * @param step 0 for the source, then 1 for the first transform step and so on
 * @param name {@code source} or the step's id
 * @param rejected the rows this node rejected, with reasons
 * @param children the rows this node sent to child streams (explode with {@code into}); usually none
 */
public record StepPreview(
    int step,
    String name,
    Schema schema,
    List<Object[]> rows,
    List<Rejection> rejected,
    List<ChildPreview> children) {
  public StepPreview {
    rows = List.copyOf(rows);
    rejected = List.copyOf(rejected);
    children = List.copyOf(children);
  }

  /** A node that sends nothing to child streams. */
  public StepPreview(int step, String name, Schema schema, List<Object[]> rows, List<Rejection> rejected) {
    this(step, name, schema, rows, rejected, List.of());
  }
}
