package io.dataaggregator.engine.run;

import java.time.Duration;

/**
 * How one stream of a run ended, and its ledger: the whole stream's when it succeeded, otherwise what
 * was durably committed before it stopped.
 */
public record StreamResult(String stream, String table, Outcome outcome, Ledger ledger, Duration duration) {}
