package io.dataaggregator.cli;

import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.spi.CheckResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "check",
    description = "Connect to a pipeline's source and destination and check the rights they need.")
final class CheckCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PIPELINE.yaml", description = "The pipeline file.")
  Path file;

  @Override
  public Integer call() {
    Plan plan = PipelineFiles.load(file);
    boolean ok = print("source", plan.source().id(), plan.source().check());
    ok &= print("destination", plan.destination().id(), plan.destination().check());
    return ok ? ExitCode.OK : ExitCode.FAILED;
  }

  private static boolean print(String role, String id, CheckResult result) {
    System.out.printf("%-12s %-10s %s  %s%n", role, id, result.ok() ? "ok    " : "FAILED", result.message());
    return result.ok();
  }
}
