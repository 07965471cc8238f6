package io.dataaggregator.engine.run;

/** What a run tells its {@link RunListener} as it goes. */
public sealed interface RunEvent {
  String stream();

  /** A stream starts reading, from the beginning or from {@code resumed} state. */
  record StreamStarted(String stream, String table, boolean resumed) implements RunEvent {}

  /**
   * Periodic progress of a stream.
   *
   * @param bytesTotal -1 when the source cannot tell
   * @param rowsPerSecond rows read per second since the stream started
   */
  record Progress(String stream, Ledger ledger, long bytesRead, long bytesTotal, double rowsPerSecond)
      implements RunEvent {}

  /** A stream committed durably; {@code ledger} is what is durable so far. */
  record Committed(String stream, Ledger ledger) implements RunEvent {}

  record StreamSucceeded(String stream, Ledger ledger) implements RunEvent {}

  record StreamFailed(String stream, Ledger ledger, String message) implements RunEvent {}
}
