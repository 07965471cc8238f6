package io.dataaggregator.engine.spi;

/** How a stream is read: everything each time, or only what is past the saved cursor. */
public enum SyncMode {
  FULL_REFRESH,
  INCREMENTAL
}
