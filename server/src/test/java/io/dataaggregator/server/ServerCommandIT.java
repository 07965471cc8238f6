package io.dataaggregator.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.testing.Api;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the built jar as users do ({@code java -jar dataaggregator.jar server --port ...}), on a
 * fresh data directory: it listens on the port, keeps its store in the data directory, and prints a
 * generated admin password that works. (That it is printed only once: {@code UsersApiContract}.)
 */
class ServerCommandIT {
  private static final Path JAR = Path.of("target", "dataaggregator.jar");
  private static final Pattern PASSWORD = Pattern.compile("(?m)^ {7}(\\S{20})$");

  @TempDir Path dataDir;
  private Process process;

  @AfterEach
  void stop() throws InterruptedException {
    if (process != null) {
      process.destroy(); // SIGTERM: the server shuts down gracefully
      process.waitFor();
    }
  }

  @Test
  void serverCommandStartsOnThePortWithAGeneratedAdminPassword() throws Exception {
    int port = freePort();
    Path out = dataDir.resolve("first.log");
    process = start(port, out);
    String firstOutput = awaitHealthy(port, out);
    Matcher matcher = PASSWORD.matcher(firstOutput);
    assertThat(matcher.find()).as("generated password in:\n" + firstOutput).isTrue();
    new Api(port).login("admin", matcher.group(1));
    assertThat(Files.exists(dataDir.resolve("dagg.mv.db"))).isTrue();
    assertThat(Files.exists(dataDir.resolve("jwt-hs256.key"))).isTrue();
  }

  @Test
  void otherCommandsStayTheClis() throws Exception {
    Path out = dataDir.resolve("help.log");
    Process help = command(List.of("--help"), out).start();
    assertThat(help.waitFor()).isZero();
    assertThat(Files.readString(out)).contains("server", "run", "validate", "connectors");
  }

  private Process start(int port, Path out) throws IOException {
    return command(List.of("server", "--port", "" + port, "--data-dir", dataDir.toString()), out)
        .start();
  }

  private static ProcessBuilder command(List<String> args, Path out) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", JAR.toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("DAGG_ADMIN_PASSWORD");
    builder.environment().remove("DAGG_DB_URL");
    return builder.redirectOutput(out.toFile());
  }

  private String awaitHealthy(int port, Path out) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      assertThat(process.isAlive()).as("server died:\n" + Files.readString(out)).isTrue();
      try {
        if (new Api(port).get("/actuator/health", null).status() == 200) {
          return Files.readString(out);
        }
      } catch (RuntimeException notYetListening) {
        Thread.sleep(200);
      }
    }
    throw new AssertionError("not healthy in time:\n" + Files.readString(out));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
