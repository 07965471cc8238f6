package io.dataaggregator.engine.run;

import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.SyncMode;
import io.dataaggregator.engine.spi.WriteMode;
import java.util.List;
import java.util.Optional;

/** What makes a backfill impossible before any row is read, said in the user's terms. */
final class BackfillCheck {
  static final String CODE = "BACKFILL";

  private BackfillCheck() {}

  /** Why {@code plan} cannot backfill {@code streams}; empty when it can. */
  static Optional<String> refusal(Plan plan, List<CatalogStream> streams) {
    for (CatalogStream s : streams) {
      if (s.sync() != SyncMode.INCREMENTAL) {
        return Optional.of(
            "stream "
                + s.name()
                + " is full refresh; a backfill needs an incremental stream with a cursor"
                + " (source.streams: [{name: "
                + s.name()
                + ", cursor: FIELD}])");
      }
    }
    if (plan.destination().mode() == WriteMode.OVERWRITE && !streams.isEmpty()) {
      return Optional.of(
          "a backfill cannot write in overwrite mode: it would replace "
              + plan.destination().tableFor(streams.get(0).name())
              + " with the rows of the cursor range alone; use append or upsert");
    }
    return Optional.empty();
  }
}
