package io.dataaggregator.server.run;

import io.dataaggregator.engine.run.Ledger;
import java.time.Instant;

/**
 * One stream of a run as stored: its ledger summed over the run's attempts (what was committed
 * while it runs, the final count once it ended).
 *
 * @param status running, succeeded, failed or cancelled
 * @param resumed whether the latest attempt started from a checkpoint instead of the beginning
 */
record StreamRow(
    String stream,
    String table,
    String status,
    boolean resumed,
    Ledger ledger,
    String error,
    Instant startedAt,
    Instant finishedAt) {}
