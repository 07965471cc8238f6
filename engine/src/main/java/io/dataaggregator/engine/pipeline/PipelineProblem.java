package io.dataaggregator.engine.pipeline;

/**
 * One thing wrong with a pipeline file.
 *
 * @param line 1-based line in the file, 0 when the problem has no single place
 * @param field where in the pipeline, as users write it: {@code destination.config.port}
 */
public record PipelineProblem(int line, String field, String message) {
  @Override
  public String toString() {
    String where = line > 0 ? "line " + line : "";
    if (!field.isEmpty()) {
      where = where.isEmpty() ? field : where + ", " + field;
    }
    return where.isEmpty() ? message : where + ": " + message;
  }
}
