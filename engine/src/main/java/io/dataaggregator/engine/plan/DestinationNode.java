package io.dataaggregator.engine.plan;

import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.Destination;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import java.util.List;

/**
 * A destination connector bound to its config, with the write mode and key.
 *
 * @param table the table every stream goes to; empty means each stream's own name
 */
public record DestinationNode<C extends Record>(
    Destination<C> connector, C config, WriteMode mode, List<String> key, String table)
    implements PlanNode {
  public DestinationNode {
    key = List.copyOf(key);
  }

  public String id() {
    return connector.spec().id();
  }

  public CheckResult check() {
    return connector.check(config);
  }

  public BatchWriter open(WriteTarget target) {
    return connector.open(config, target);
  }

  public String tableFor(String stream) {
    return table.isEmpty() ? stream : table;
  }

  /**
   * The table (file, topic) of a child stream a step makes (explode's {@code into}): always its own
   * name, since {@link #table} names where the source's streams go and a child has other columns.
   */
  public String tableForChild(String child) {
    return child;
  }
}
