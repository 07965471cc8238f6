package io.dataaggregator.cli;

import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.run.FileStateStore;
import io.dataaggregator.engine.run.LocalRunner;
import io.dataaggregator.engine.run.Outcome;
import io.dataaggregator.engine.run.RunOptions;
import io.dataaggregator.engine.run.RunResult;
import io.dataaggregator.engine.spi.CursorRange;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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

  @ArgGroup(exclusive = false, heading = "Backfill (incremental streams only; their state is left as it is):%n")
  Backfill backfill;

  /** A cursor range to read instead of going on from the streams' state; both ends inclusive. */
  static final class Backfill {
    @Option(names = "--cursor-from", required = true, paramLabel = "VALUE",
        description = "Read only rows whose cursor is at least VALUE (1000, 2024-01-31, 2024-01-31T06:00:00Z).")
    String from;

    @Option(names = "--cursor-to", required = true, paramLabel = "VALUE",
        description = "... and at most VALUE.")
    String to;
  }

  @Spec CommandSpec spec;

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
    if (backfill != null) {
      options = options.withCursorRange(range());
      System.err.println("backfill of cursor range " + options.cursorRange().orElseThrow()
          + " (both ends included); the streams' incremental state is left as it is");
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

  private CursorRange range() {
    if (backfill.from.isBlank() || backfill.to.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--cursor-from and --cursor-to must not be empty");
    }
    return new CursorRange(backfill.from, backfill.to);
  }
}
