package io.dataaggregator.server.run;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This instance's workers: {@code dagg.workers.threads} threads executing runs they claim from the
 * queue shared by every instance. A scheduler thread claims queued runs (at once when this instance
 * queues one, else every poll interval), heartbeats the runs in progress and takes over the runs
 * whose worker, on any instance, went silent.
 *
 * <p>On shutdown it stops claiming, asks its runs to stop at their next batch and hands them back
 * to the queue, so another instance resumes them from their checkpoint; heartbeats go on meanwhile.
 */
@Component
class RunWorkers implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(RunWorkers.class);

  private final WorkerSettings settings;
  private final RunClaims claims;
  private final RunStore runs;
  private final RunExecution execution;
  private final RunTakeovers takeovers;
  private final RunHeartbeats heartbeats;
  private final RunJournal journal;
  private final Clock clock;
  private final String workerId = workerName();
  private final Map<UUID, ActiveRun> active = new ConcurrentHashMap<>();
  private ExecutorService pool;
  private ScheduledExecutorService scheduler;
  private ScheduledExecutorService beats; // its own thread: a slow claim must not delay a lease
  private volatile boolean accepting;
  private volatile boolean running;

  RunWorkers(
      WorkerSettings settings,
      RunClaims claims,
      RunStore runs,
      RunExecution execution,
      RunTakeovers takeovers,
      RunHeartbeats heartbeats,
      RunJournal journal,
      Clock clock) {
    this.settings = settings;
    this.claims = claims;
    this.runs = runs;
    this.execution = execution;
    this.takeovers = takeovers;
    this.heartbeats = heartbeats;
    this.journal = journal;
    this.clock = clock;
  }

  String workerId() {
    return workerId;
  }

  /** Runs executing on this instance by pipeline name. */
  Map<String, Integer> runningByPipeline() {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    active.values().forEach(a -> counts.merge(a.row().pipelineName(), 1, Integer::sum));
    return counts;
  }

  @Override
  public void start() {
    running = true;
    if (!settings.enabled()) {
      return;
    }
    pool =
        Executors.newFixedThreadPool(
            settings.threads(), Thread.ofPlatform().name("run-worker-", 1).factory());
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("run-scheduler").daemon().factory());
    accepting = true;
    long poll = settings.pollInterval().toMillis();
    long beat = settings.heartbeatInterval().toMillis();
    scheduler.scheduleWithFixedDelay(this::dispatch, 0, poll, TimeUnit.MILLISECONDS);
    beats =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("run-heartbeat").daemon().factory());
    beats.scheduleWithFixedDelay(
        () -> heartbeats.beat(active.values()), beat, beat, TimeUnit.MILLISECONDS);
    scheduler.scheduleWithFixedDelay(this::takeOverStale, beat, beat, TimeUnit.MILLISECONDS);
    log.info("Run workers started: {} threads, worker id {}", settings.threads(), workerId);
  }

  /** Looks for queued runs now rather than at the next poll. */
  void wake() {
    ScheduledExecutorService s = scheduler;
    if (accepting && s != null) {
      try {
        s.execute(this::dispatch);
      } catch (java.util.concurrent.RejectedExecutionException stopping) {
        // shutting down: another instance will take the run
      }
    }
  }

  /** Stops a run executing here at its next batch; false when it does not execute here. */
  boolean cancelHere(UUID runId) {
    ActiveRun run = active.get(runId);
    if (run != null) {
      run.stop(ActiveRun.Stop.CANCEL);
    }
    return run != null;
  }

  private void dispatch() {
    try {
      while (accepting && active.size() < settings.threads()) {
        Optional<Claim> claim = claims.claim(workerId, clock.instant());
        if (claim.isEmpty()) {
          return;
        }
        begin(claim.get());
      }
    } catch (RuntimeException e) {
      log.warn("Cannot claim runs from the metadata store: {}", e.toString());
    }
  }

  private void begin(Claim claim) {
    RunRow row = runs.find(claim.runId()).orElseThrow();
    ActiveRun run = new ActiveRun(claim, row, settings.lease());
    active.put(claim.runId(), run);
    pool.execute(
        () -> {
          try {
            execution.execute(run);
          } finally {
            active.remove(claim.runId());
            wake();
          }
        });
  }

  private void takeOverStale() {
    try {
      Instant now = clock.instant();
      for (UUID id : takeovers.stale(now.minus(settings.staleAfter()))) {
        if (!active.containsKey(id)) { // our own silent run is still ours; its lease stops it
          takeovers.takeOver(id, now.minus(settings.staleAfter()), now).ifPresent(r -> wake());
        }
      }
    } catch (RuntimeException e) {
      log.warn("Cannot look for runs of silent workers: {}", e.toString());
    }
  }

  @Override
  public void stop() {
    accepting = false;
    if (pool == null) {
      running = false;
      return;
    }
    active.values().forEach(this::handBack);
    pool.shutdown();
    try {
      if (!pool.awaitTermination(settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("{} runs did not stop in time; other instances take them over", active.size());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      scheduler.shutdownNow();
      beats.shutdownNow();
      running = false;
    }
  }

  private void handBack(ActiveRun run) {
    run.stop(ActiveRun.Stop.HAND_BACK);
    try {
      journal.info(
          run.claim().runId(),
          "this server is stopping: the run goes back to the queue after its current batch");
    } catch (RuntimeException e) {
      log.warn("Cannot log the hand-back of run {}: {}", run.claim().runId(), e.toString());
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private static String workerName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    return host + "/" + ProcessHandle.current().pid() + "/" + suffix;
  }
}
