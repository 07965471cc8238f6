package io.dataaggregator.cli;

import io.dataaggregator.engine.run.Ledger;
import io.dataaggregator.engine.run.RunResult;
import io.dataaggregator.engine.run.StreamResult;
import java.io.PrintStream;
import java.util.Locale;

/** Prints a run's ledger: one line per stream, then the total. */
final class LedgerPrinter {
  private LedgerPrinter() {}

  static void print(RunResult result, PrintStream out) {
    String format = "%-24s %-24s %-10s %14s %14s %12s %12s%s%n";
    out.printf(Locale.ROOT, format, "stream", "table", "status", "read", "written", "rejected", "filtered", "");
    for (StreamResult s : result.streams()) {
      Ledger l = s.ledger();
      out.printf(Locale.ROOT, format, s.stream(), s.table(), s.outcome().label(),
          n(l.read()), n(l.written()), n(l.rejected()), n(l.filtered()),
          l.produced() > 0 ? "  (+" + n(l.produced()) + " produced by steps)" : "");
    }
    Ledger t = result.total();
    double seconds = result.duration().toMillis() / 1000.0;
    out.printf(Locale.ROOT, "%s %s in %.1f s: %s rows read, %s written, %s rejected, %s filtered (%s rows/s)%n",
        result.pipeline(), result.outcome().label(), seconds, n(t.read()), n(t.written()),
        n(t.rejected()), n(t.filtered()), n((long) (t.read() / Math.max(seconds, 0.001))));
  }

  static String n(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
