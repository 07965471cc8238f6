package io.dataaggregator.engine.spi;

/** How a destination treats rows already there. */
public enum WriteMode {
  /** Add rows. */
  APPEND,
  /** Replace the whole table at the end of the run, atomically where the destination can. */
  OVERWRITE,
  /** Insert or update on the target's key. */
  UPSERT
}
