package io.dataaggregator.cli;

import io.dataaggregator.engine.plan.Plan;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "validate",
    description = "Check a pipeline file's shape and every config, without connecting anywhere.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PIPELINE.yaml", description = "The pipeline file.")
  Path file;

  @Override
  public Integer call() {
    Plan plan = PipelineFiles.load(file);
    System.out.printf(
        "%s is valid: %s -> %d step(s) -> %s (%s)%n",
        file, plan.source().id(), plan.transforms().size(), plan.destination().id(),
        plan.destination().mode().name().toLowerCase(java.util.Locale.ROOT));
    return ExitCode.OK;
  }
}
