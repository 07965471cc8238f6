package io.dataaggregator.engine.inspect;

import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Rejection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The first rows of a stream, read within a row limit and a time budget: what preview and profile
 * look at. The source's own rejections are kept.
 */
record Sample(CatalogStream stream, Batch batch, boolean complete) {
  static Sample read(Plan plan, CatalogStream stream, int maxRows, Duration budget) {
    long deadline = System.nanoTime() + budget.toNanos();
    var rows = new ArrayList<Object[]>();
    var rejections = new ArrayList<Rejection>();
    boolean complete = false;
    try (BatchReader reader = plan.source().read(stream, Checkpoint.START)) {
      while (rows.size() < maxRows && System.nanoTime() < deadline) {
        Batch b = reader.next();
        if (b == null) {
          complete = true;
          break;
        }
        List<Object[]> take = b.rows().subList(0, Math.min(b.size(), maxRows - rows.size()));
        rows.addAll(take);
        rejections.addAll(b.rejections());
      }
    }
    return new Sample(stream, new Batch(stream.schema(), rows, rejections), complete);
  }
}
