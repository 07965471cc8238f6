package io.dataaggregator.cli;

import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.plan.TransformNode;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.transform.ReferenceQuery;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "check",
    description =
        "Connect to a pipeline's source and destination and check the rights they need; run the"
            + " reference queries of its lookup steps.")
final class CheckCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PIPELINE.yaml", description = "The pipeline file.")
  Path file;

  @Override
  public Integer call() {
    Plan plan = PipelineFiles.load(file);
    boolean ok = print("source", plan.source().id(), plan.source().check());
    for (TransformNode<?> step : plan.transforms()) {
      for (ReferenceQuery query : step.references()) {
        ok &= print("step " + (step.index() + 1), step.id(), read(plan, query));
      }
    }
    ok &= print("destination", plan.destination().id(), plan.destination().check());
    return ok ? ExitCode.OK : ExitCode.FAILED;
  }

  /** Runs the query as the step would, so the database judges it (syntax, columns, rights). */
  private static CheckResult read(Plan plan, ReferenceQuery query) {
    try {
      int rows = plan.references().read(query).rows().size();
      return CheckResult.success(query.settingOf("sql") + " returns " + rows + " rows");
    } catch (ConnectorException e) {
      return CheckResult.failure(e.getMessage());
    }
  }

  private static boolean print(String role, String id, CheckResult result) {
    System.out.printf(
        "%-12s %-10s %s  %s%n", role, id, result.ok() ? "ok    " : "FAILED", result.message());
    return result.ok();
  }
}
