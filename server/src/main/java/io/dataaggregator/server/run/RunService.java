package io.dataaggregator.server.run;

import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.pipeline.PipelineDefinition;
import io.dataaggregator.server.pipeline.PipelineDefinitions;
import io.dataaggregator.server.system.ApiException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues, cancels and retries runs: the one way runs get queued ({@link RunLauncher}), whoever asks
 * (the API, schedules, dependencies). Workers of any instance pick queued runs up.
 */
@Service
class RunService implements RunLauncher {
  private final PipelineDefinitions pipelines;
  private final RunStore runs;
  private final RunJournal journal;
  private final RunWorkers workers;
  private final RunExecution execution;
  private final TransactionTemplate tx;
  private final Clock clock;

  RunService(
      PipelineDefinitions pipelines,
      RunStore runs,
      RunJournal journal,
      RunWorkers workers,
      RunExecution execution,
      TransactionTemplate tx,
      Clock clock) {
    this.pipelines = pipelines;
    this.runs = runs;
    this.journal = journal;
    this.workers = workers;
    this.execution = execution;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public UUID launch(Launch launch) {
    PipelineDefinition definition =
        pipelines
            .current(launch.pipelineId())
            .orElseThrow(() -> ApiException.notFound("Pipeline", launch.pipelineId()));
    return queue(definition, launch, null).id();
  }

  @Override
  public Optional<UUID> pipelineOf(UUID runId) {
    return runs.find(runId).map(RunRow::pipelineId);
  }

  /** A manual run from the API: the pipeline must compile, else 400 naming its problems. */
  RunRow trigger(UUID pipelineId, CurrentUser user) {
    PipelineDefinition definition =
        pipelines
            .current(pipelineId)
            .orElseThrow(() -> ApiException.notFound("Pipeline", pipelineId));
    execution.compile(definition);
    return queue(definition, Launch.of(pipelineId, "manual", user.username()), null);
  }

  RunRow get(UUID runId) {
    return runs.find(runId).orElseThrow(() -> ApiException.notFound("Run", runId));
  }

  /** Cancels a queued run at once; asks a running one to stop at its next batch. */
  RunRow cancel(UUID runId, CurrentUser user) {
    RunRow run = get(runId);
    if (run.status() == RunStatus.QUEUED && cancelQueued(run, user)) {
      return get(runId);
    }
    if (runs.requestCancel(runId)) {
      journal.info(runId, "cancel asked by " + user.username() + "; stops after its current batch");
      workers.cancelHere(runId); // at once if it runs here; else its worker hears at its heartbeat
      return get(runId);
    }
    RunRow now = get(runId);
    throw ApiException.conflict(
        "run-finished", "Run " + runId + " already ended (" + now.status().label() + ").");
  }

  /** A new run of the same pipeline version; it resumes from the pipeline's last checkpoint. */
  RunRow retry(UUID runId, CurrentUser user) {
    RunRow run = get(runId);
    if (run.status() != RunStatus.FAILED && run.status() != RunStatus.CANCELLED) {
      throw ApiException.conflict(
          "not-retryable",
          "Only failed or cancelled runs can be retried; run "
              + runId
              + " is "
              + run.status().label()
              + ".");
    }
    PipelineDefinition definition =
        pipelines
            .version(run.pipelineId(), run.pipelineVersion())
            .orElseThrow(
                () ->
                    ApiException.conflict(
                        "pipeline-gone",
                        "Pipeline "
                            + run.pipelineName()
                            + " (version "
                            + run.pipelineVersion()
                            + ") no longer exists."));
    Launch launch =
        new Launch(run.pipelineId(), "retry", user.username(), run.cursorFrom(), run.cursorTo());
    return queue(definition, launch, run.id());
  }

  private boolean cancelQueued(RunRow run, CurrentUser user) {
    return Boolean.TRUE.equals(
        tx.execute(
            s -> {
              if (!runs.cancelQueued(run.id(), clock.instant())) {
                return false; // a worker claimed it meanwhile
              }
              journal.info(run.id(), "cancelled by " + user.username() + " before it started");
              journal.completed(get(run.id()), false);
              return true;
            }));
  }

  private RunRow queue(PipelineDefinition definition, Launch launch, UUID retryOf) {
    RunRow row =
        RunRow.queued(
            definition.id(),
            definition.name(),
            definition.version(),
            launch,
            retryOf,
            clock.instant());
    runs.insert(row);
    String why = retryOf == null ? "" : ", retrying run " + retryOf;
    journal.info(
        row.id(),
        "queued by "
            + launch.startedBy()
            + " ("
            + launch.trigger()
            + "), pipeline version "
            + definition.version()
            + why);
    journal.status(row, RunStatus.QUEUED, false);
    workers.wake();
    return row;
  }
}
