package io.dataaggregator.cli;

import io.dataaggregator.engine.spi.ConnectorException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into a message and an exit code. Users see the message, not a stack trace, for
 * every failure the engine explains; anything else is a bug and keeps its trace.
 */
final class Failures implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    var err = cmd.getErr();
    if (e instanceof ConnectorException c) {
      err.println("error: " + c.getMessage());
      err.flush();
      return c.errorCode().isInputError() ? ExitCode.INVALID_INPUT : ExitCode.FAILED;
    }
    err.println("error: unexpected failure, please report it:");
    e.printStackTrace(err);
    err.flush();
    return ExitCode.FAILED;
  }

  static int onBadArguments(CommandLine.ParameterException e, String[] args) {
    var cmd = e.getCommandLine();
    cmd.getErr().println("error: " + e.getMessage());
    cmd.usage(cmd.getErr());
    return ExitCode.INVALID_INPUT;
  }
}
