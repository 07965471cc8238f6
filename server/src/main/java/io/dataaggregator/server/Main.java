package io.dataaggregator.server;

import io.dataaggregator.cli.Dagg;
import picocli.CommandLine;

/**
 * Entry point of {@code dataaggregator.jar}: the CLI's commands ({@code run}, {@code validate},
 * {@code check}, {@code discover}, {@code connectors}) plus {@code server}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The CLI's command line with the {@code server} subcommand added. */
  public static CommandLine commandLine() {
    return Dagg.commandLine().addSubcommand("server", new ServerCommand());
  }
}
