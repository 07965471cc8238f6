package io.dataaggregator.server.run;

import java.time.Clock;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Touches the rows of the runs this instance executes, which renews their lease, and passes on what
 * it learns: a cancel asked through any instance, or a run lost to another instance.
 */
@Component
class RunHeartbeats {
  private static final Logger log = LoggerFactory.getLogger(RunHeartbeats.class);

  private final RunClaims claims;
  private final RunJournal journal;
  private final Clock clock;

  RunHeartbeats(RunClaims claims, RunJournal journal, Clock clock) {
    this.claims = claims;
    this.journal = journal;
    this.clock = clock;
  }

  void beat(Collection<ActiveRun> runs) {
    for (ActiveRun run : runs) {
      try {
        switch (claims.heartbeat(run.claim(), clock.instant())) {
          case ALIVE -> run.renewed();
          case CANCEL_REQUESTED -> {
            run.renewed();
            run.stop(ActiveRun.Stop.CANCEL);
          }
          case LOST -> lost(run);
        }
      } catch (RuntimeException e) {
        log.warn("Heartbeat of run {} failed: {}", run.claim().runId(), e.toString());
      }
    }
  }

  private void lost(ActiveRun run) {
    if (run.stop() != ActiveRun.Stop.LOST) {
      run.stop(ActiveRun.Stop.LOST);
      journal.log(
          run.claim().runId(),
          RunLogs.Level.WARN,
          "",
          "worker "
              + run.claim().workerId()
              + " lost this run (its row no longer names this worker and attempt "
              + run.claim().attempt()
              + "); it stops without writing more");
    }
  }
}
