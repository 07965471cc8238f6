package io.dataaggregator.cli;

import io.dataaggregator.engine.run.RunEvent;
import io.dataaggregator.engine.run.RunListener;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shows a run's progress: a redrawn bar with rows, rate and ETA on a terminal, otherwise a log line
 * every few seconds (so CI logs and files stay readable).
 */
final class ProgressPrinter implements RunListener, AutoCloseable {
  private static final long LOG_EVERY_NANOS = 5_000_000_000L;

  private final PrintStream out;
  private final boolean bar;
  private final boolean quiet;
  private final Map<String, RunEvent.Progress> latest = new ConcurrentHashMap<>();
  private long lastLogNanos = System.nanoTime();
  private int lastWidth;

  private ProgressPrinter(PrintStream out, boolean bar, boolean quiet) {
    this.out = out;
    this.bar = bar;
    this.quiet = quiet;
  }

  static ProgressPrinter create(String mode, PrintStream out) {
    String m = mode == null ? (Terminal.isInteractive() ? "bar" : "log") : mode;
    return switch (m) {
      case "bar" -> new ProgressPrinter(out, true, false);
      case "log" -> new ProgressPrinter(out, false, false);
      case "none" -> new ProgressPrinter(out, false, true);
      default -> throw new picocli.CommandLine.ParameterException(
          Dagg.commandLine(), "--progress must be bar, log or none, not '" + mode + "'");
    };
  }

  @Override
  public synchronized void on(RunEvent event) {
    if (quiet) {
      return;
    }
    switch (event) {
      case RunEvent.Progress p -> {
        latest.put(p.stream(), p);
        if (bar) {
          draw();
        } else if (System.nanoTime() - lastLogNanos >= LOG_EVERY_NANOS) {
          lastLogNanos = System.nanoTime();
          latest.values().forEach(v -> out.println(line(v)));
        }
      }
      case RunEvent.StreamStarted s -> say(s.stream() + ": " + (s.resumed() ? "resuming" : "starting") + " into " + s.table());
      case RunEvent.StreamFailed f -> say(f.stream() + ": failed: " + f.message());
      case RunEvent.StreamSucceeded s -> say(s.stream() + ": done, " + LedgerPrinter.n(s.ledger().written()) + " rows written");
      case RunEvent.Committed c -> {}
    }
  }

  private void say(String message) {
    clearBar();
    out.println(message);
  }

  private void draw() {
    var text = new StringBuilder();
    latest.values().forEach(p -> text.append(text.isEmpty() ? "" : " | ").append(line(p)));
    String s = text.toString();
    out.print("\r" + s + " ".repeat(Math.max(0, lastWidth - s.length())));
    out.flush();
    lastWidth = s.length();
  }

  private void clearBar() {
    if (bar && lastWidth > 0) {
      out.print("\r" + " ".repeat(lastWidth) + "\r");
      lastWidth = 0;
    }
  }

  static String line(RunEvent.Progress p) {
    String rows = LedgerPrinter.n(p.ledger().read()) + " rows, "
        + LedgerPrinter.n((long) p.rowsPerSecond()) + " rows/s";
    if (p.bytesTotal() <= 0 || p.bytesRead() <= 0) {
      return p.stream() + " " + rows;
    }
    double share = Math.min(1.0, (double) p.bytesRead() / p.bytesTotal());
    int filled = (int) (share * 20);
    double secondsLeft = share <= 0 ? 0 : (p.ledger().read() / Math.max(p.rowsPerSecond(), 1)) * (1 - share) / share;
    return String.format(Locale.ROOT, "%s [%s%s] %3.0f%% %s, ETA %d:%02d", p.stream(), "#".repeat(filled),
        ".".repeat(20 - filled), share * 100, rows, (long) secondsLeft / 60, (long) secondsLeft % 60);
  }

  @Override
  public synchronized void close() {
    clearBar();
    out.flush();
  }
}
