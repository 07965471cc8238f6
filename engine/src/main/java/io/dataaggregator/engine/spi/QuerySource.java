package io.dataaggregator.engine.spi;

import java.util.Optional;

/**
 * A source that can also answer a query in its own language (SQL for databases): the optional
 * capability reference data, such as the lookup step's {@code query}, is read through. The engine
 * asks for it with {@code instanceof}; a pipeline naming a source without it is refused when it is
 * compiled. Stateless and thread-safe, like every connector.
 *
 * <p>A query only ever reads. Implementations run it so that it cannot change anything: in a
 * read-only transaction where the database has one, and rolled back whatever happens.
 */
public interface QuerySource<C extends Record> extends Source<C> {
  /**
   * What is wrong with {@code query} that shows without connecting (it is not a read query), as a
   * sentence for the user; empty when nothing shows. Called when a pipeline is validated.
   */
  default Optional<String> problem(String query) {
    return Optional.empty();
  }

  /**
   * Runs {@code query} read-only and opens a reader on the rows it returns, typed with the
   * connector's own type mapping (as {@link #read} types a table). Called from any thread; the
   * reader is used by one thread and must be closed. Its checkpoint is always {@link
   * Checkpoint#START}: a query is read whole.
   *
   * @throws ConnectorException when the query is refused (syntax, unknown table or column, missing
   *     rights, not a read query) or the database cannot be reached, with the database's reason
   */
  QueryReader query(C config, String query);
}
