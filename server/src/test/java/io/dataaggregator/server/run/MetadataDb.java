package io.dataaggregator.server.run;

import io.dataaggregator.server.ServerApp;
import io.dataaggregator.server.testing.ServerIT;
import io.dataaggregator.testkit.ThrowawayPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A throwaway PostgreSQL database that several servers under test share as their store, and the
 * servers: Spring contexts in this JVM, or the jar in a process of its own.
 */
final class MetadataDb implements AutoCloseable {
  static final String JWT_SECRET = "servers-of-one-store-share-this-jwt-secret-32b";

  private final ThrowawayPostgres database = ThrowawayPostgres.create();
  /** The database's name, unique: tests name their tables and pipelines after it. */
  final String name = database.database();
  private final SingleConnectionDataSource dataSource;
  final JdbcClient jdbc;

  MetadataDb() {
    dataSource = new SingleConnectionDataSource(url(), ThrowawayPostgres.USER, "", true);
    jdbc = JdbcClient.create(dataSource);
  }

  /** Starts a server in this JVM on a free port; the test profile's worker settings apply. */
  ConfigurableApplicationContext startServer(Path dataDir) {
    return new SpringApplicationBuilder(ServerApp.class)
        .profiles("it")
        .run(
            "--server.port=0",
            "--dagg.db.url=" + url(),
            "--dagg.db.user=" + ThrowawayPostgres.USER,
            "--dagg.data-dir=" + dataDir,
            "--dagg.jwt.secret=" + JWT_SECRET,
            "--spring.datasource.hikari.maximum-pool-size=4");
  }

  /** Starts {@code dataaggregator.jar server} as users do, with the test profile's settings. */
  Process startJar(int port, Path dataDir, Path log) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Files.createDirectories(dataDir);
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-Ddagg.workers.heartbeat-interval=500ms",
                "-Ddagg.workers.stale-after=3s",
                "-Ddagg.runs.commit-rows=1",
                "-jar",
                Path.of("target", "dataaggregator.jar").toString(),
                "server",
                "--port",
                "" + port,
                "--data-dir",
                dataDir.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("DAGG_DB_URL", url());
    env.put("DAGG_DB_USER", ThrowawayPostgres.USER);
    env.put("DAGG_ADMIN_PASSWORD", ServerIT.ADMIN_PASSWORD);
    env.put("DAGG_JWT_SECRET", JWT_SECRET);
    return builder.start();
  }

  long count(String where) {
    return jdbc.sql("SELECT COUNT(*) FROM runs WHERE " + where).query(Long.class).single();
  }

  String url() {
    return database.jdbcUrl();
  }

  @Override
  public void close() {
    dataSource.destroy();
    database.close();
  }
}
