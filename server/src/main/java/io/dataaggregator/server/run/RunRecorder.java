package io.dataaggregator.server.run;

import io.dataaggregator.engine.run.Ledger;
import io.dataaggregator.engine.run.RunEvent;
import io.dataaggregator.engine.run.RunListener;
import io.dataaggregator.server.run.RunLogs.Level;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's listener for one attempt of a run: stores each stream's ledger as it commits (added
 * to what earlier attempts committed when the stream resumes), writes the run's log, and pushes
 * progress live. Called from the engine's stream and progress threads.
 */
final class RunRecorder implements RunListener {
  private final RunRow run;
  private final Map<String, StreamRow> earlier;
  private final RunStreamStore streams;
  private final RejectionStore rejections;
  private final RunJournal journal;
  private final Clock clock;
  private final Map<String, Ledger> base = new ConcurrentHashMap<>();
  private final Map<String, Eta> etas = new ConcurrentHashMap<>();

  RunRecorder(
      RunRow run,
      Map<String, StreamRow> earlier,
      RunStreamStore streams,
      RejectionStore rejections,
      RunJournal journal,
      Clock clock) {
    this.run = run;
    this.earlier = Map.copyOf(earlier);
    this.streams = streams;
    this.rejections = rejections;
    this.journal = journal;
    this.clock = clock;
  }

  @Override
  public void on(RunEvent event) {
    switch (event) {
      case RunEvent.StreamStarted s -> started(s);
      case RunEvent.Progress p -> progress(p);
      case RunEvent.Committed c ->
          streams.progress(run.id(), c.stream(), total(c.stream(), c.ledger()));
      case RunEvent.StreamSucceeded s ->
          journal.log(
              run.id(), Level.INFO, s.stream(), "done: " + describe(total(s.stream(), s.ledger())));
      case RunEvent.StreamFailed f ->
          journal.log(run.id(), Level.ERROR, f.stream(), "failed: " + f.message());
    }
  }

  /** Whether the stream started in this attempt. */
  boolean started(String stream) {
    return base.containsKey(stream);
  }

  /** The stream's ledger over all attempts, given this attempt's. */
  Ledger total(String stream, Ledger ofThisAttempt) {
    Ledger before = base.getOrDefault(stream, Ledger.EMPTY);
    Ledger sum = before.plus(ofThisAttempt);
    // Sources report bytes as a position (a resumed file read starts at its offset), not a count.
    long bytes = Math.max(before.bytes(), ofThisAttempt.bytes());
    return new Ledger(
        sum.read(), sum.written(), sum.rejected(), sum.filtered(), sum.produced(), bytes);
  }

  private void started(RunEvent.StreamStarted s) {
    StreamRow before = earlier.get(s.stream());
    Ledger from = s.resumed() && before != null ? before.ledger() : Ledger.EMPTY;
    base.put(s.stream(), from);
    if (!s.resumed()) {
      rejections.forget(run.id(), s.stream()); // its rows come again from the start
    }
    streams.started(run.id(), s.stream(), s.table(), s.resumed(), from, clock.instant());
    String message =
        s.resumed()
            ? "resuming into "
                + s.table()
                + " from its last checkpoint ("
                + from.written()
                + " rows written before)"
            : "starting into " + s.table();
    journal.log(run.id(), Level.INFO, s.stream(), message);
  }

  private void progress(RunEvent.Progress p) {
    Ledger total = total(p.stream(), p.ledger());
    Long eta = etas.computeIfAbsent(p.stream(), k -> new Eta(p.bytesRead())).update(p);
    journal.progress(run, p.stream(), total, p.bytesTotal(), p.rowsPerSecond(), eta);
  }

  static String describe(Ledger l) {
    return l.read()
        + " rows read, "
        + l.written()
        + " written, "
        + l.rejected()
        + " rejected, "
        + l.filtered()
        + " filtered";
  }

  /** Seconds left at the byte rate since the first progress report; null when unknown. */
  private static final class Eta {
    private final long startBytes;
    private final long startNanos = System.nanoTime();

    Eta(long startBytes) {
      this.startBytes = startBytes;
    }

    Long update(RunEvent.Progress p) {
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      long done = p.bytesRead() - startBytes;
      if (p.bytesTotal() <= 0 || done <= 0 || seconds <= 0) {
        return null;
      }
      double rate = done / seconds;
      return Math.max(0, Math.round((p.bytesTotal() - p.bytesRead()) / rate));
    }
  }
}
