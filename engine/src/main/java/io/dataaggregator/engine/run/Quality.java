package io.dataaggregator.engine.run;

import io.dataaggregator.engine.pipeline.QualitySpec;
import java.util.Locale;
import java.util.Optional;

/** The rejected-rows threshold of {@code quality.max_rejected_ratio}. */
final class Quality {
  /** Below this many rows read, a mid-run ratio says too little to fail on. */
  private static final long MIN_ROWS_MID_RUN = 1_000;

  private Quality() {}

  static Optional<Outcome> check(QualitySpec spec, Ledger ledger, boolean atEnd) {
    if (!atEnd && ledger.read() < MIN_ROWS_MID_RUN) {
      return Optional.empty();
    }
    if (ledger.rejected() == 0 || ledger.rejectedRatio() <= spec.maxRejectedRatio()) {
      return Optional.empty();
    }
    return Optional.of(
        new Outcome.Failed(
            "QUALITY",
            String.format(
                Locale.ROOT,
                "%d of %d rows rejected (%.2f%%), more than quality.max_rejected_ratio %.2f%%;"
                    + " the rejected rows and reasons are in the quarantine",
                ledger.rejected(), ledger.read(), 100 * ledger.rejectedRatio(),
                100 * spec.maxRejectedRatio()),
            false));
  }
}
