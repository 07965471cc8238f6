package io.dataaggregator.engine.spi;

/**
 * A connector that reads streams. Registered for {@link java.util.ServiceLoader} (with
 * {@code @AutoService(Source.class)}).
 */
public interface Source<C extends Record> extends Connector<C> {
  /** The streams {@code config} gives access to, with schemas, keys and cursor candidates. */
  Catalog discover(C config);

  /**
   * Opens a reader on {@code stream} starting at {@code from} ({@link Checkpoint#START} for the
   * beginning; for an incremental stream, a checkpoint holds the last cursor value). Called from any
   * thread; the reader it returns is used by one thread.
   */
  BatchReader read(C config, CatalogStream stream, Checkpoint from);
}
