package io.dataaggregator.engine.spi;

/**
 * A connector that writes streams. Registered for {@link java.util.ServiceLoader} (with
 * {@code @AutoService(Destination.class)}).
 */
public interface Destination<C extends Record> extends Connector<C> {
  /**
   * Opens a writer for one stream, creating the table or file from {@code target.schema()} where it
   * does not exist and adding new columns where it does. Called from any thread.
   *
   * @throws ConnectorException naming the table and the missing right or the type conflict
   */
  BatchWriter open(C config, WriteTarget target);
}
