package io.dataaggregator.cli;

import java.io.Console;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** Whether standard output is a terminal a progress bar can be redrawn on. */
final class Terminal {
  private Terminal() {}

  static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // From JDK 22 System.console() is non-null even when redirected; isTerminal() tells the truth.
    try {
      var isTerminal = MethodHandles.publicLookup()
          .findVirtual(Console.class, "isTerminal", MethodType.methodType(boolean.class));
      return (boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return true;
    } catch (Throwable e) {
      return false;
    }
  }
}
