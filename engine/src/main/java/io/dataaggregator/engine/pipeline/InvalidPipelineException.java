package io.dataaggregator.engine.pipeline;

import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import java.util.List;
import java.util.stream.Collectors;

/** A pipeline file with problems; holds all of them, in file order. */
public class InvalidPipelineException extends ConnectorException {
  private final List<PipelineProblem> problems;

  public InvalidPipelineException(String origin, List<PipelineProblem> problems) {
    super(CommonErrorCode.INVALID_CONFIG, describe(origin, problems));
    this.problems = List.copyOf(problems);
  }

  public List<PipelineProblem> problems() {
    return problems;
  }

  private static String describe(String origin, List<PipelineProblem> problems) {
    return origin
        + " has "
        + problems.size()
        + (problems.size() == 1 ? " problem:\n" : " problems:\n")
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
