package io.dataaggregator.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dagg} command line: runs and inspects pipeline files with the engine alone. */
@Command(
    name = "dagg",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Data Aggregator: move data from sources to destinations, standardized on the way.",
    subcommands = {
      RunCommand.class,
      ValidateCommand.class,
      CheckCommand.class,
      DiscoverCommand.class,
      ConnectorsCommand.class,
      PreviewCommand.class,
      ProfileCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the run (or a check) failed",
      "2:the input is invalid: pipeline file, config or command line"
    })
public final class Dagg implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new Dagg())
        .setExecutionExceptionHandler(new Failures())
        .setParameterExceptionHandler(Failures::onBadArguments);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
