package io.dataaggregator.engine.run;

import io.dataaggregator.engine.plan.ChildStreams;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.plan.StreamSelector;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a {@link Plan} in this JVM: discovers the source, then runs the selected streams in parallel,
 * each as reader thread -> bounded queue -> steps -> writer, with checkpoints and a ledger. One
 * runner runs one plan at a time; {@link #cancel} may be called from any thread.
 *
 * <p>A backfill ({@link RunOptions#cursorRange()} present) reads, on every stream, only the rows
 * whose cursor lies in the range, and leaves the pipeline's incremental state as it was: each
 * stream reads the range from its start, whatever state is stored; its commits make the rows
 * durable but store, where the destination keeps checkpoints with its data, the checkpoint that was
 * there before (and the state store is not written), so the next ordinary run goes on from where
 * the last ordinary run stopped. A backfill stopped midway therefore reads its range again from the
 * start when rerun (upsert avoids duplicates). Every stream must be incremental, and overwrite mode
 * is refused (it would replace the table with the range's rows alone), before any row is read.
 */
public final class LocalRunner {
  private final StateStore state;
  private final RunOptions options;
  private final RunListener listener;
  private final AtomicBoolean cancelled = new AtomicBoolean();

  public LocalRunner(StateStore state, RunOptions options, RunListener listener) {
    this.state = state;
    this.options = options;
    this.listener = listener;
  }

  /** Asks a running plan to stop after its current batch; nothing uncommitted is kept. */
  public void cancel() {
    cancelled.set(true);
  }

  public RunResult run(Plan plan) {
    long started = System.nanoTime();
    List<CatalogStream> streams;
    try {
      streams = StreamSelector.select(plan, plan.source().discover());
      ChildStreams.checkAgainst(plan, streams);
    } catch (ConnectorException e) {
      var failed = new Outcome.Failed(e.errorCode().code(), e.getMessage(), e.errorCode().isInputError());
      return new RunResult(plan.name(), failed, List.of(), Duration.ofNanos(System.nanoTime() - started));
    }
    if (options.cursorRange().isPresent()) {
      Optional<String> refusal = BackfillCheck.refusal(plan, streams);
      if (refusal.isPresent()) {
        var failed = new Outcome.Failed(BackfillCheck.CODE, refusal.get(), true);
        return new RunResult(plan.name(), failed, List.of(), Duration.ofNanos(System.nanoTime() - started));
      }
    }
    var runs = streams.stream()
        .map(s -> new StreamRun(plan, s, state, options, listener, cancelled))
        .toList();
    List<StreamResult> results = runAll(runs);
    return new RunResult(plan.name(), overall(results), results, Duration.ofNanos(System.nanoTime() - started));
  }

  private List<StreamResult> runAll(List<StreamRun> runs) {
    ExecutorService pool = Executors.newFixedThreadPool(
        Math.min(options.parallelism(), Math.max(1, runs.size())),
        Thread.ofPlatform().name("stream-", 0).daemon().factory());
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().name("progress").daemon().factory());
    var progress = new ProgressReporter(runs, listener);
    long every = options.progressInterval().toMillis();
    ticker.scheduleAtFixedRate(progress::report, every, every, TimeUnit.MILLISECONDS);
    try {
      var futures = new ArrayList<Future<List<StreamResult>>>();
      runs.forEach(r -> futures.add(pool.submit(r::run)));
      var results = new ArrayList<StreamResult>();
      for (Future<List<StreamResult>> f : futures) {
        results.addAll(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel();
      throw new ConnectorException(CommonErrorCode.INTERRUPTED, "the run was interrupted");
    } catch (ExecutionException e) {
      throw new IllegalStateException("stream run threw instead of reporting", e.getCause());
    } finally {
      ticker.shutdownNow();
      pool.shutdownNow();
    }
  }

  private static Outcome overall(List<StreamResult> results) {
    for (StreamResult r : results) {
      if (r.outcome() instanceof Outcome.Failed f) {
        String message = results.size() == 1 ? f.message() : "stream " + r.stream() + ": " + f.message();
        return new Outcome.Failed(f.code(), message, f.inputError());
      }
    }
    boolean anyCancelled = results.stream().anyMatch(r -> r.outcome() instanceof Outcome.Cancelled);
    return anyCancelled ? new Outcome.Cancelled() : new Outcome.Succeeded();
  }
}
