package io.dataaggregator.engine.plan;

import io.dataaggregator.engine.pipeline.StreamSelection;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.Catalog;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.CursorRange;
import io.dataaggregator.engine.spi.Source;
import java.util.List;

/** A source connector bound to its config, and the streams selected (empty: all). */
public record SourceNode<C extends Record>(
    Source<C> connector, C config, List<StreamSelection> streams) implements PlanNode {
  public SourceNode {
    streams = List.copyOf(streams);
  }

  public String id() {
    return connector.spec().id();
  }

  public CheckResult check() {
    return connector.check(config);
  }

  public Catalog discover() {
    return connector.discover(config);
  }

  public BatchReader read(CatalogStream stream, Checkpoint from) {
    return connector.read(config, stream, from);
  }

  /** Reads the rows of {@code stream} whose cursor lies in {@code range} (a backfill). */
  public BatchReader read(CatalogStream stream, Checkpoint from, CursorRange range) {
    return connector.read(config, stream, from, range);
  }
}
