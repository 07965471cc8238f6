package io.dataaggregator.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring application: API, auth, metadata store. Each direct sub-package is a feature module
 * (see STYLE.md §3); {@code ModularityTest} checks they only use each other's top-level types.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ServerApp {
  /**
   * Starts the server and returns once it listens. The arguments are Spring command-line properties
   * ({@code --server.port=8080}), so they win over files and environment variables.
   */
  public static ConfigurableApplicationContext start(String... args) {
    return SpringApplication.run(ServerApp.class, args);
  }

  public static void main(String[] args) {
    SpringApplication.run(ServerApp.class, args);
  }
}
