package io.dataaggregator.server.retention;

import io.dataaggregator.server.system.Setting;
import io.dataaggregator.server.system.Settings;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Deletes what is older than its retention setting, every {@code dagg.retention.interval}, on one
 * instance of the cluster at a time: each instance looks that often and purges only the rounds it
 * claims ({@link PurgeRounds}). A purge deletes in batches of {@code dagg.retention.batch-size}
 * rows, each in its own short transaction, so the API and the workers never wait long for a table.
 * A purge that fails is logged and tried again next round; the others go on.
 */
@Component
class RetentionPurger implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(RetentionPurger.class);

  private final List<Purge> purges;
  private final Settings settings;
  private final PurgeRounds rounds;
  private final RetentionProperties properties;
  private final Clock clock;
  private final String instance = ManagementFactory.getRuntimeMXBean().getName();
  private ScheduledExecutorService timer;
  private volatile boolean running;

  RetentionPurger(
      List<Purge> purges,
      Settings settings,
      PurgeRounds rounds,
      RetentionProperties properties,
      Clock clock) {
    this.purges = List.copyOf(purges);
    this.settings = settings;
    this.rounds = rounds;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public synchronized void start() {
    running = true;
    timer =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("retention-purge").factory());
    timer.scheduleWithFixedDelay(
        this::purgeDue,
        properties.initialDelay().toMillis(),
        properties.interval().toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    running = false;
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** One look: purges every round this instance claims. */
  void purgeDue() {
    // Claimed rounds come due again a little before the interval ends, so that an instance
    // whose timer runs late does not skip a whole interval.
    Duration claimFor = properties.interval().minus(properties.interval().dividedBy(10));
    for (Purge purge : purges) {
      try {
        Instant now = clock.instant();
        if (rounds.claim(purge.what(), now, now.plus(claimFor), instance)) {
          rounds.finished(purge.what(), clock.instant(), purge(purge));
        }
      } catch (RuntimeException e) {
        log.error("Retention: purging {} failed; the next round tries again", purge.what(), e);
      }
    }
  }

  /** Purges every kind now, claimed or not (idempotent); returns the rows deleted. */
  long purgeAllNow() {
    long rows = 0;
    for (Purge purge : purges) {
      rows += purge(purge);
    }
    return rows;
  }

  private long purge(Purge purge) {
    Round round = round(purge.keptFor(), clock.instant());
    if (round == null) {
      return 0; // kept forever
    }
    long rows = 0;
    int batch;
    do {
      batch = purge.deleteBatch(round.cutoff(), properties.batchSize());
      rows += batch;
    } while (batch > 0 && running);
    if (rows > 0) {
      log.info(
          "Retention: deleted {} rows of {} older than {} ({})",
          rows,
          purge.what(),
          round.cutoff(),
          round.rule());
      purge.purged(rows, round.cutoff(), round.days());
    }
    return rows;
  }

  /** What one purge deletes this round: rows older than the cutoff; null when kept forever. */
  private Round round(KeptFor keptFor, Instant now) {
    return switch (keptFor) {
      case KeptFor.Days(Setting setting) -> {
        int days = settings.intValue(setting);
        yield days == 0
            ? null
            : new Round(now.minus(Duration.ofDays(days)), days, setting.key() + " = " + days);
      }
      case KeptFor.UntilExpired() -> new Round(now, 0, "expired");
    };
  }

  private record Round(Instant cutoff, int days, String rule) {}
}
