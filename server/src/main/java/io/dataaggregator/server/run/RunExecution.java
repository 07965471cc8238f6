package io.dataaggregator.server.run;

import io.dataaggregator.engine.pipeline.PipelineReader;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.plan.PlanCompiler;
import io.dataaggregator.engine.run.LocalRunner;
import io.dataaggregator.engine.run.Outcome;
import io.dataaggregator.engine.run.RunOptions;
import io.dataaggregator.engine.run.RunResult;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.CursorRange;
import io.dataaggregator.engine.spi.Registry;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.server.connection.StoredConnections;
import io.dataaggregator.server.pipeline.PipelineDefinition;
import io.dataaggregator.server.pipeline.PipelineDefinitions;
import io.dataaggregator.server.run.RunLogs.Level;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Executes one attempt of a claimed run on the calling worker thread: compiles the pipeline version
 * the run was queued with, runs it with the engine ({@link LocalRunner}) and records the outcome. A
 * run with a cursor range (a backfill, or a retry of one) reads only that range and leaves the
 * pipeline's incremental state as it is (see {@link LocalRunner}).
 * The thread carries the run's id in the logging MDC ({@code runId}).
 */
@Component
class RunExecution {
  private static final Logger log = LoggerFactory.getLogger(RunExecution.class);

  private final Registry registry = Registry.load();
  private final PipelineDefinitions pipelines;
  private final StoredConnections connections;
  private final JdbcStateStore state;
  private final RunSettings settings;
  private final RunStreamStore streams;
  private final RejectionStore rejections;
  private final RunJournal journal;
  private final RunEnd end;
  private final Clock clock;

  RunExecution(
      PipelineDefinitions pipelines,
      StoredConnections connections,
      JdbcStateStore state,
      RunSettings settings,
      RunStreamStore streams,
      RejectionStore rejections,
      RunJournal journal,
      RunEnd end,
      Clock clock) {
    this.pipelines = pipelines;
    this.connections = connections;
    this.state = state;
    this.settings = settings;
    this.streams = streams;
    this.rejections = rejections;
    this.journal = journal;
    this.end = end;
    this.clock = clock;
  }

  /** Compiles a pipeline version as a run would; throws its problems. */
  Plan compile(PipelineDefinition definition) {
    String origin = "pipeline " + definition.name() + " (version " + definition.version() + ")";
    return new PlanCompiler(registry, connections)
        .compile(new PipelineReader().parse(definition.yaml(), origin));
  }

  void execute(ActiveRun active) {
    RunRow run = active.row();
    try (MDC.MDCCloseable ignored = MDC.putCloseable(RunJournal.MDC_RUN, run.id().toString())) {
      journal.info(
          run.id(),
          (run.attempt() > 1 ? "taken up again" : "started")
              + " by worker "
              + active.claim().workerId()
              + " (attempt "
              + active.claim().attempt()
              + ")");
      journal.status(run, RunStatus.RUNNING, true);
      Outcome outcome;
      try {
        outcome = runEngine(active);
      } catch (ConnectorException e) {
        outcome =
            new Outcome.Failed(e.errorCode().code(), e.getMessage(), e.errorCode().isInputError());
      } catch (RuntimeException | Error e) {
        // An Error here comes from this run (a class mismatch, a deep recursion, a heap it
        // outgrew): ending it as failed frees it; letting it escape would leave the run claimed,
        // taken over and failing again every few seconds.
        log.error("Run {} failed unexpectedly", run.id(), e);
        outcome = new Outcome.Failed(RunErrorCode.INTERNAL.code(), "internal error: " + e, false);
      }
      end.attemptEnded(active, outcome);
    }
  }

  private Outcome runEngine(ActiveRun active) {
    RunRow run = active.row();
    PipelineDefinition definition =
        pipelines
            .version(run.pipelineId(), run.pipelineVersion())
            .orElseThrow(
                () ->
                    new ConnectorException(
                        RunErrorCode.PIPELINE_GONE,
                        "pipeline "
                            + run.pipelineName()
                            + " (version "
                            + run.pipelineVersion()
                            + ") no longer exists"));
    Map<String, StreamRow> earlier = streams.byName(run.id());
    Plan plan = TappedDestination.tap(compile(definition), keeper(run), active);
    Optional<Plan> remaining = RemainingStreams.of(plan, done(earlier));
    if (remaining.isEmpty()) {
      journal.info(run.id(), "every stream finished in an earlier attempt");
      return new Outcome.Succeeded();
    }
    RunRecorder recorder = new RunRecorder(run, earlier, streams, rejections, journal, clock);
    RunOptions options = settings.options();
    Optional<CursorRange> range = cursorRange(run);
    if (range.isPresent()) {
      options = options.withCursorRange(range.get());
      journal.info(
          run.id(),
          "backfill of cursor range "
              + range.get()
              + " (both ends included); the streams' incremental state is left as it is");
    }
    LocalRunner runner = new LocalRunner(state, options, recorder);
    active.attach(runner);
    RunResult result = runner.run(remaining.get());
    end.recordStreams(run, result, recorder, earlier);
    return result.outcome();
  }

  /** The cursor range a backfill run reads (both ends set); empty for any other run. */
  static Optional<CursorRange> cursorRange(RunRow run) {
    boolean from = run.cursorFrom() != null && !run.cursorFrom().isBlank();
    boolean to = run.cursorTo() != null && !run.cursorTo().isBlank();
    if (from != to) {
      throw new ConnectorException(
          CommonErrorCode.INVALID_CONFIG,
          "run "
              + run.id()
              + " has only one end of its cursor range (from '"
              + run.cursorFrom()
              + "', to '"
              + run.cursorTo()
              + "'); a backfill needs both");
    }
    return from ? Optional.of(new CursorRange(run.cursorFrom(), run.cursorTo())) : Optional.empty();
  }

  private static Set<String> done(Map<String, StreamRow> earlier) {
    return earlier.values().stream()
        .filter(s -> RunStatus.SUCCEEDED.label().equals(s.status()))
        .map(StreamRow::stream)
        .collect(Collectors.toSet());
  }

  private TappedWriter.Keeper keeper(RunRow run) {
    return new TappedWriter.Keeper() {
      @Override
      public int limit() {
        return settings.rejectionsKept();
      }

      @Override
      public long kept(String stream) {
        return rejections.count(run.id(), stream);
      }

      @Override
      public void keep(List<Rejection> rows) {
        rejections.add(run.id(), rows);
      }
    };
  }

  static Level levelOf(Outcome outcome) {
    return outcome instanceof Outcome.Failed ? Level.ERROR : Level.INFO;
  }
}
