package io.dataaggregator.engine.transform;

/**
 * Reads the reference data steps ask for through the connectors of a compiled pipeline. The plan
 * compiler supplies one per plan; it reads each query at most once for the plan, so every stream
 * sees the same rows. Thread-safe: streams build their steps in parallel.
 */
@FunctionalInterface
public interface ReferenceReader {
  /** For steps built outside a compiled pipeline: every query is refused with a clear message. */
  ReferenceReader NONE =
      query -> {
        throw new StepConfigException(
            query.setting(),
            query.setting()
                + ": a query needs its connectors; it runs only in a compiled pipeline (dagg run,"
                + " preview, the server)");
      };

  /**
   * The rows of {@code query}.
   *
   * @throws StepConfigException naming the setting at fault ({@code query.sql}, {@code
   *     query.connection} ...), with the connector's error code when the connector failed
   */
  ReferenceRows read(ReferenceQuery query);
}
