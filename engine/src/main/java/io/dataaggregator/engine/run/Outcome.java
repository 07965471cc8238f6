package io.dataaggregator.engine.run;

/** How a run or a stream ended. */
public sealed interface Outcome {
  record Succeeded() implements Outcome {}

  /**
   * @param code the error code ({@code COMMON-03}, {@code QUALITY}) for machines
   * @param inputError whether the pipeline's input (its file, a config, credentials, a file that is
   *     missing or unreadable) is invalid, found before any row was read; bad data met while
   *     running is a failed run, not invalid input
   */
  record Failed(String code, String message, boolean inputError) implements Outcome {}

  record Cancelled() implements Outcome {}

  default String label() {
    return switch (this) {
      case Succeeded s -> "succeeded";
      case Failed f -> "failed";
      case Cancelled c -> "cancelled";
    };
  }
}
