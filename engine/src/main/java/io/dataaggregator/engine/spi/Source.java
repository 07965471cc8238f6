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

  /**
   * Opens a reader on the rows of the incremental {@code stream} whose cursor value lies in {@code
   * range}, both ends inclusive, starting at {@code from} ({@link Checkpoint#START} for the range's
   * start; otherwise a checkpoint a reader of the same range returned). Rows without a cursor value
   * are not in any range. The reader's checkpoints have the form of {@link #read(Record,
   * CatalogStream, Checkpoint)}'s; the runner does not keep them as the stream's state. Called from
   * any thread; the reader it returns is used by one thread.
   *
   * <p>Default: refuses, for sources that cannot filter on a cursor. A source that can overrides it.
   *
   * @throws ConnectorException when the source cannot read a range, or a bound does not parse as the
   *     cursor field's type (naming the stream, the field and the value)
   */
  default BatchReader read(C config, CatalogStream stream, Checkpoint from, CursorRange range) {
    throw new ConnectorException(
        CommonErrorCode.UNSUPPORTED,
        "connector "
            + spec().id()
            + " cannot read a cursor range, so stream "
            + stream.name()
            + " cannot be backfilled");
  }
}
