package io.dataaggregator.engine.transform;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a step may know of where it runs: the stream its rejections are filed under, the folder
 * relative paths in its config start from (the pipeline file's folder), the environment variables
 * it may read (salts), and the reader of reference queries (lookup's {@code query}). Immutable;
 * shared by the steps of one stream.
 *
 * @param environment returns a variable's value, or null when it is not set
 * @param references reads reference queries through the plan's connectors
 */
public record StepContext(
    String stream,
    Path baseDirectory,
    Function<String, String> environment,
    ReferenceReader references) {
  public StepContext {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(references, "references");
  }

  /** For {@code stream}, paths from the working directory, the process environment, no queries. */
  public static StepContext of(String stream) {
    return new StepContext(stream, Path.of(""), System::getenv, ReferenceReader.NONE);
  }

  /** This context with another environment; tests and the server pass their own. */
  public StepContext withEnvironment(Function<String, String> newEnvironment) {
    return new StepContext(stream, baseDirectory, newEnvironment, references);
  }

  /** This context with relative paths resolved against {@code folder}. */
  public StepContext withBaseDirectory(Path folder) {
    return new StepContext(stream, folder, environment, references);
  }

  /** This context reading reference queries with {@code reader}. */
  public StepContext withReferences(ReferenceReader reader) {
    return new StepContext(stream, baseDirectory, environment, reader);
  }
}
