package io.dataaggregator.server.run;

import io.dataaggregator.engine.run.Outcome;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a run is in its life; stored and shown in lower case ({@code queued}). */
enum RunStatus {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED,
  CANCELLED;

  /** The name as stored and shown. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  boolean finished() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }

  static RunStatus of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }

  static Optional<RunStatus> parse(String label) {
    return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst();
  }

  static RunStatus of(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Succeeded s -> SUCCEEDED;
      case Outcome.Failed f -> FAILED;
      case Outcome.Cancelled c -> CANCELLED;
    };
  }

  static String labels() {
    return Arrays.stream(values()).map(RunStatus::label).collect(Collectors.joining(", "));
  }
}
