package io.dataaggregator.engine.run;

import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.CursorRange;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.transform.StepChain;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.type.Batch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one stream: read, transform, write, commit with checkpoints, keep the ledger. */
final class StreamRun {
  private static final Logger log = LoggerFactory.getLogger(StreamRun.class);

  private final Plan plan;
  private final CatalogStream stream;
  private final StateStore state;
  private final RunOptions options;
  private final RunListener listener;
  private final AtomicBoolean cancelled;
  final LedgerCounter counter = new LedgerCounter();
  private volatile ReaderPump pump;
  private volatile Ledger committed = Ledger.EMPTY;
  private volatile ChildRuns children = ChildRuns.NONE;

  StreamRun(Plan plan, CatalogStream stream, StateStore state, RunOptions options,
      RunListener listener, AtomicBoolean cancelled) {
    this.plan = plan;
    this.stream = stream;
    this.state = state;
    this.options = options;
    this.listener = listener;
    this.cancelled = cancelled;
  }

  String name() {
    return stream.name();
  }

  /** The child streams of this stream (explode into), once their writers are open. */
  List<ChildRun> children() {
    return children.all();
  }

  long bytesTotal() {
    ReaderPump p = pump;
    return p == null ? -1 : p.bytesTotal();
  }

  /** Runs the stream; returns its result, then one for each of its child streams. */
  List<StreamResult> run() {
    long started = System.nanoTime();
    String table = plan.destination().tableFor(stream.name());
    Outcome outcome;
    try {
      outcome = transfer(table);
    } catch (ConnectorException e) {
      // Bad data met mid-stream fails the run; only a stream that could not start blames the input.
      boolean beforeData = counter.snapshot().read() == 0;
      outcome = new Outcome.Failed(e.errorCode().code(), e.getMessage(), e.errorCode().isInputError() && beforeData);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      outcome = new Outcome.Cancelled();
    } catch (RuntimeException e) {
      log.error("stream {} failed", stream.name(), e);
      outcome = new Outcome.Failed("INTERNAL", "unexpected error: " + e, false);
    }
    // A stream that did not finish reports what is durable: its counts at the last commit.
    Ledger ledger = outcome instanceof Outcome.Succeeded ? counter.snapshot() : committed;
    if (outcome instanceof Outcome.Failed f) {
      listener.on(new RunEvent.StreamFailed(stream.name(), ledger, f.message()));
    } else if (outcome instanceof Outcome.Succeeded) {
      listener.on(new RunEvent.StreamSucceeded(stream.name(), ledger));
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    var results = new ArrayList<StreamResult>();
    results.add(new StreamResult(stream.name(), table, outcome, ledger, took));
    results.addAll(children.end(outcome, took));
    return results;
  }

  private Outcome transfer(String table) throws InterruptedException {
    StepChain steps = createSteps();
    var d = plan.destination();
    var target = new WriteTarget(plan.name(), stream.name(), table, steps.output(), d.mode(), d.key());
    try (BatchWriter writer = d.open(target);
        ChildRuns kids = ChildRuns.open(plan, steps, state, listener)) {
      children = kids;
      Optional<Checkpoint> kept = writer.resumeFrom();
      Checkpoint stored = kept.or(() -> state.load(plan.name(), stream.name())).orElse(Checkpoint.START);
      RunCheckpoint parent = RunCheckpoint.decode(stored);
      Optional<CursorRange> range = options.cursorRange();
      // A backfill reads its range from the start and keeps the stored state as it is (LocalRunner).
      Checkpoint from = range.isPresent() ? Checkpoint.START : parent.resumePoint(stream.sync());
      listener.on(new RunEvent.StreamStarted(stream.name(), table, !from.isStart()));
      kids.start(parent, !from.isStart(), range.isPresent());
      BatchReader reader = range.isPresent()
          ? plan.source().read(stream, from, range.get())
          : plan.source().read(stream, from);
      Checkpoint keptState = range.isPresent() ? stored : null;
      var committer = new Committer(options, counter, kids,
          checkpoint -> commit(writer, kept.isPresent(), checkpoint, keptState), reader, from, keptState == null);
      try (ReaderPump p = new ReaderPump(reader, options.queueBatches(), stream.name())) {
        pump = p;
        ReaderPump.Envelope envelope;
        while ((envelope = p.take()) != null) {
          if (cancelled.get()) {
            return new Outcome.Cancelled();
          }
          writeOne(writer, steps, envelope);
          Optional<Outcome> tooBad = Quality.check(plan.quality(), counter.snapshot(), false);
          if (tooBad.isPresent()) {
            return tooBad.get();
          }
          committer.advance(envelope.checkpoint());
        }
      }
      writeHeldBack(writer, steps);
      Optional<Outcome> tooBad = Quality.check(plan.quality(), counter.snapshot(), true);
      if (tooBad.isPresent()) {
        return tooBad.get();
      }
      committer.commitEnd();
      // Overwrite swaps the children in just before the parent: a stop between the two leaves the
      // children new and the parent old until the next run rewrites both.
      kids.finish();
      writer.finish();
      return new Outcome.Succeeded();
    }
  }

  /**
   * Commits the stream's own writer, after its children, and saves the checkpoint where it cannot.
   *
   * @param keptState for a backfill, the stream's stored state, committed again unchanged instead
   *     of the run's position; null for an ordinary run
   */
  private void commit(
      BatchWriter writer, boolean destinationKeepsState, RunCheckpoint checkpoint, Checkpoint keptState) {
    if (keptState != null) {
      writer.commit(keptState); // a backfill's rows, with the state left as it was
    } else {
      Checkpoint encoded = checkpoint.encode();
      writer.commit(encoded);
      if (!destinationKeepsState) {
        state.save(plan.name(), stream.name(), encoded);
      }
    }
    committed = counter.snapshot();
    listener.on(new RunEvent.Committed(stream.name(), committed));
  }

  private void writeOne(BatchWriter writer, StepChain steps, ReaderPump.Envelope envelope) {
    Batch batch = envelope.batch();
    counter.read(batch.size() + batch.rejections().size(), batch.rejections().size(), envelope.bytesRead());
    Batch out = steps.apply(batch);
    counter.steps(steps.counts());
    children.write(steps.takeChildRows());
    writer.write(out);
    counter.written(out.size());
  }

  /** Rows steps held until the end of the stream (deduplicate keeping the last). */
  private void writeHeldBack(BatchWriter writer, StepChain steps) {
    Batch rest = steps.finish();
    counter.steps(steps.counts());
    children.write(steps.takeChildRows());
    if (!rest.isEmpty()) {
      writer.write(rest);
      counter.written(rest.size());
    }
  }

  private StepChain createSteps() {
    try {
      return StepChain.build(plan.links(), stream.schema(), plan.stepContext(stream.name()));
    } catch (StepConfigException e) {
      String pointer = "/" + e.field().replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
      var problem = plan.sourceMap().problem(pointer, "on stream " + stream.name() + ": " + e.getMessage());
      throw new StepConfigException(e.errorCode(), e.field(), problem.toString(), e);
    }
  }
}
