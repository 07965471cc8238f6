package io.dataaggregator.engine.run;

/**
 * Receives a run's events. Called from the run's threads, possibly several at once; must be
 * thread-safe and quick (hand work off rather than block).
 */
@FunctionalInterface
public interface RunListener {
  RunListener NONE = event -> {};

  void on(RunEvent event);
}
