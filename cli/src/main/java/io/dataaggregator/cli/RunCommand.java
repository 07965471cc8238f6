package io.dataaggregator.cli;

import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.run.FileStateStore;
import io.dataaggregator.engine.run.LocalRunner;
import io.dataaggregator.engine.run.Outcome;
import io.dataaggregator.engine.run.RunOptions;
import io.dataaggregator.engine.run.RunResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "run",
    description = "Run a pipeline file: read the source, apply the steps, write the destination.")
final class RunCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PIPELINE.yaml", description = "The pipeline file.")
  Path file;

  @Option(names = "--state-dir", defaultValue = ".dagg/state",
      description = "Where checkpoints of file destinations are kept (default: ${DEFAULT-VALUE}).")
  Path stateDir;

  @Option(names = "--parallelism", description = "Streams run at once (default: the number of cores, at least 2).")
  Integer parallelism;

  @Option(names = "--commit-rows", description = "Commit at least every this many rows (default: 500000).")
  Long commitRows;

  @Option(names = "--progress", description = "bar, log or none (default: bar on a terminal, else log).")
  String progress;

  @Override
  public Integer call() {
    Plan plan = PipelineFiles.load(file);
    var options = RunOptions.DEFAULT;
    if (parallelism != null || commitRows != null) {
      options = new RunOptions(
          parallelism != null ? parallelism : options.parallelism(), options.queueBatches(),
          commitRows != null ? commitRows : options.commitRows(), options.commitInterval(),
          options.progressInterval());
    }
    var printer = ProgressPrinter.create(progress, System.err);
    var runner = new LocalRunner(new FileStateStore(stateDir), options, printer);
    Runtime.getRuntime().addShutdownHook(new Thread(runner::cancel));
    RunResult result = runner.run(plan);
    printer.close();
    LedgerPrinter.print(result, System.out);
    return switch (result.outcome()) {
      case Outcome.Succeeded s -> ExitCode.OK;
      case Outcome.Failed f -> {
        System.err.println("error: " + f.message());
        yield f.inputError() ? ExitCode.INVALID_INPUT : ExitCode.FAILED;
      }
      case Outcome.Cancelled c -> ExitCode.FAILED;
    };
  }
}
