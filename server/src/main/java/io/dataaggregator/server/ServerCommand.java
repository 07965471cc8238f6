package io.dataaggregator.server;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dagg server}: starts the API (and later the console) and blocks until the server stops
 * (Ctrl-C or SIGTERM close the Spring context through its shutdown hook).
 */
@Command(
    name = "server",
    mixinStandardHelpOptions = true,
    description = "Start the Data Aggregator server: REST API, console, scheduler and workers.")
final class ServerCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      defaultValue = "${env:DAGG_PORT:-8080}",
      description = "HTTP port (env DAGG_PORT, default ${DEFAULT-VALUE}); 0 picks a free one.")
  int port;

  @Option(
      names = "--data-dir",
      defaultValue = "${env:DAGG_DATA_DIR:-./data}",
      description =
          "Directory for the embedded database and generated keys (env DAGG_DATA_DIR, default"
              + " ${DEFAULT-VALUE}).")
  String dataDir;

  @Override
  public Integer call() throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    ConfigurableApplicationContext context =
        ServerApp.start("--server.port=" + port, "--dagg.data-dir=" + dataDir);
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent) {
            closed.countDown();
          }
        });
    if (context.isActive()) {
      closed.await();
    }
    return 0;
  }
}
