package io.dataaggregator.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.ServerApp;
import io.dataaggregator.server.testing.Api;
import io.dataaggregator.server.testing.ServerIT;
import io.dataaggregator.server.testing.ThrowawayPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Several servers on one PostgreSQL store share the queue: every run is executed by exactly one of
 * them, once; and a run whose server is killed is resumed by another from its checkpoint, its rows
 * arriving exactly once.
 */
class TwoServersOnPostgresIT {
  static final String JWT_SECRET = "two-servers-share-this-jwt-secret-of-32-bytes";

  @TempDir Path dir;
  private MetadataDb store;
  private final List<ConfigurableApplicationContext> servers = new ArrayList<>();
  private Process killed;

  @BeforeEach
  void createStore() throws Exception {
    store = new MetadataDb();
  }

  @AfterEach
  void stopServers() throws Exception {
    servers.forEach(ConfigurableApplicationContext::close);
    if (killed != null) {
      killed.destroyForcibly().waitFor();
    }
    store.close();
  }

  @Test
  void twoServersShareTheQueueAndRunEachRunExactlyOnce() throws Exception {
    ConfigurableApplicationContext a = start("a");
    ConfigurableApplicationContext b = start("b");
    Set<UUID> ended = ConcurrentHashMap.newKeySet();
    List<UUID> endedTwice = new ArrayList<>();
    for (ConfigurableApplicationContext server : List.of(a, b)) {
      server.addApplicationListener(
          (ApplicationEvent e) -> {
            if (e instanceof PayloadApplicationEvent<?> p
                && p.getPayload() instanceof RunCompleted end
                && !ended.add(end.runId())) {
              endedTwice.add(end.runId());
            }
          });
    }
    try (GatedApi source = new GatedApi().holdFrom(1500)) {
      List<UUID> pipelines = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String table = "shared_" + i;
        pipelines.add(StoredPipelines.create(store.jdbc, "shared-" + i + "-" + store.name, source.sourceYaml() + DestinationDb.yaml(table + "_" + store.name)));
      }
      List<UUID> runs = new ArrayList<>();
      pipelines.forEach(p -> runs.add(launcher(a).launch(RunLauncher.Launch.of(p, "manual", "test"))));
      // Each server has two workers and each run is held by its source: two per server.
      Eventually.until("four runs running", Runs.PATIENCE, () -> count("status = 'running'") == 4);
      List<String> workers = store.jdbc.sql("SELECT DISTINCT worker_id FROM runs").query(String.class).list();
      assertThat(workers).as("servers executing runs").hasSize(2);

      for (int round = 0; round < 5; round++) {
        for (UUID p : pipelines) {
          ConfigurableApplicationContext via = round % 2 == 0 ? a : b;
          runs.add(launcher(via).launch(RunLauncher.Launch.of(p, "manual", "test")));
        }
      }
      source.open();
      Eventually.until("every run to end", Runs.PATIENCE.multipliedBy(3), () -> count("status IN ('succeeded', 'failed', 'cancelled')") == runs.size());
      assertThat(count("status = 'succeeded' AND attempt = 1")).isEqualTo(runs.size());
      Eventually.until("every end published", Runs.PATIENCE, () -> ended.containsAll(runs));
      assertThat(endedTwice).isEmpty();
      for (int i = 0; i < 4; i++) {
        assertThat(DestinationDb.rows("shared_" + i + "_" + store.name)).isEqualTo(6L * Airports.ROWS);
      }
    }
  }

  @Test
  void aRunOfAKilledServerIsResumedByAnotherAndItsRowsArriveExactlyOnce() throws Exception {
    int port = freePort();
    killed = startJar(port);
    Api api = new Api(port);
    Eventually.until("the jar server to start", Runs.PATIENCE, () -> api.get("/actuator/health", null).status() == 200);
    String table = "killed_" + store.name;
    try (GatedApi source = new GatedApi().holdFrom(1500)) {
      UUID pipeline = StoredPipelines.create(store.jdbc, "killed-" + store.name, source.sourceYaml() + DestinationDb.yaml(table));
      Api.Session admin = api.login("admin", ServerIT.ADMIN_PASSWORD);
      UUID runId = Runs.trigger(admin, pipeline);
      source.awaitHeld();
      // Pages 0 and 500 are committed; page 1000 waits in the reader for page 1500.
      Eventually.until("1000 rows committed", Runs.PATIENCE, () -> written(runId) == 1000);
      String firstWorker = worker(runId);
      killed.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no hand-back
      assertThat(DestinationDb.rows(table)).isEqualTo(1000);

      ConfigurableApplicationContext other = start("other");
      source.open();
      Eventually.until("the run to succeed elsewhere", Runs.PATIENCE, () -> "succeeded".equals(status(runId)));
      assertThat(worker(runId)).isNotEqualTo(firstWorker).contains("/" + ProcessHandle.current().pid() + "/");
      assertThat(store.jdbc.sql("SELECT attempt FROM runs WHERE id = :id").param("id", runId).query(Integer.class).single()).isEqualTo(2);
      RunControlContract.assertExactlyOnce(table);
      assertThat(written(runId)).isEqualTo(Airports.ROWS);
      assertThat(other.isActive()).isTrue();
    }
  }

  private ConfigurableApplicationContext start(String name) {
    ConfigurableApplicationContext server =
        new SpringApplicationBuilder(ServerApp.class)
            .profiles("it")
            .run(
                "--server.port=0",
                "--dagg.db.url=" + store.url(),
                "--dagg.db.user=" + ThrowawayPostgres.USER,
                "--dagg.data-dir=" + dir.resolve(name),
                "--dagg.jwt.secret=" + JWT_SECRET,
                "--spring.datasource.hikari.maximum-pool-size=4");
    servers.add(server);
    return server;
  }

  private Process startJar(int port) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path log = dir.resolve("killed.log");
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
                dir.resolve("killed").toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("DAGG_DB_URL", store.url());
    env.put("DAGG_DB_USER", ThrowawayPostgres.USER);
    env.put("DAGG_ADMIN_PASSWORD", ServerIT.ADMIN_PASSWORD);
    env.put("DAGG_JWT_SECRET", JWT_SECRET);
    Files.createDirectories(dir.resolve("killed"));
    return builder.start();
  }

  private static RunLauncher launcher(ConfigurableApplicationContext server) {
    return server.getBean(RunLauncher.class);
  }

  private long count(String where) {
    return store.jdbc.sql("SELECT COUNT(*) FROM runs WHERE " + where).query(Long.class).single();
  }

  private long written(UUID runId) {
    return store.jdbc.sql("SELECT COALESCE(SUM(rows_written), 0) FROM run_streams WHERE run_id = :id").param("id", runId).query(Long.class).single();
  }

  private String worker(UUID runId) {
    return store.jdbc.sql("SELECT worker_id FROM runs WHERE id = :id").param("id", runId).query(String.class).single();
  }

  private String status(UUID runId) {
    return store.jdbc.sql("SELECT status FROM runs WHERE id = :id").param("id", runId).query(String.class).single();
  }

  private static int freePort() throws java.io.IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
