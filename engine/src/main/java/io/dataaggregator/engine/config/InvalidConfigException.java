package io.dataaggregator.engine.config;

import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import java.util.List;
import java.util.stream.Collectors;

/** A configuration that does not fit its schema; carries every problem, not just the first. */
public class InvalidConfigException extends ConnectorException {
  private final List<ConfigProblem> problems;

  public InvalidConfigException(String what, List<ConfigProblem> problems) {
    super(CommonErrorCode.INVALID_CONFIG, describe(what, problems));
    this.problems = List.copyOf(problems);
  }

  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String describe(String what, List<ConfigProblem> problems) {
    return what
        + " is invalid:\n"
        + problems.stream()
            .map(p -> "  - " + (p.path().isEmpty() ? "" : p.path() + ": ") + p.message())
            .collect(Collectors.joining("\n"));
  }
}
