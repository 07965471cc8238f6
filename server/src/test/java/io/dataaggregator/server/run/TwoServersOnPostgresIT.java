package io.dataaggregator.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Two servers on one PostgreSQL store share the queue: each run is executed once, by one; a
 * stopping server hands its run back and the other resumes it.
 */
class TwoServersOnPostgresIT {
  @TempDir Path dir;
  private MetadataDb store;
  private final List<ConfigurableApplicationContext> servers = new ArrayList<>();
  private final Set<UUID> ended = ConcurrentHashMap.newKeySet();
  private final List<UUID> endedTwice = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    store = new MetadataDb();
    servers.add(store.startServer(dir.resolve("a")));
    servers.add(store.startServer(dir.resolve("b")));
    servers.forEach(s -> s.addApplicationListener(this::countEnds));
  }

  @AfterEach
  void stop() throws Exception {
    servers.forEach(ConfigurableApplicationContext::close); // closing twice is harmless
    store.close();
  }

  @Test
  void twoServersShareTheQueueAndRunEachRunExactlyOnce() throws Exception {
    try (GatedApi source = new GatedApi().holdFrom(1500)) {
      List<UUID> pipelines = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String yaml = source.sourceYaml() + DestinationDb.yaml(table(i));
        pipelines.add(StoredPipelines.create(store.jdbc, "shared-" + i + "-" + store.name, yaml));
      }
      List<UUID> runs = new ArrayList<>();
      pipelines.forEach(p -> runs.add(launch(servers.get(0), p)));
      // Every server has two workers and every run is held by its source: two runs each.
      Eventually.until(
          "four runs running", Runs.PATIENCE, () -> store.count("status = 'running'") == 4);
      List<String> workers =
          store.jdbc.sql("SELECT DISTINCT worker_id FROM runs").query(String.class).list();
      assertThat(workers).as("servers executing runs").hasSize(2);

      for (int round = 0; round < 5; round++) {
        for (UUID p : pipelines) {
          runs.add(launch(servers.get(round % 2), p));
        }
      }
      source.open();
      Eventually.until(
          "every run to end",
          Runs.PATIENCE.multipliedBy(3),
          () -> store.count("status IN ('succeeded', 'failed', 'cancelled')") == runs.size());
      assertThat(store.count("status = 'succeeded' AND attempt = 1")).isEqualTo(runs.size());
      Eventually.until("every end published", Runs.PATIENCE, () -> ended.containsAll(runs));
      assertThat(endedTwice).as("runs whose end was published twice").isEmpty();
      for (int i = 0; i < 4; i++) {
        assertThat(DestinationDb.rows(table(i))).isEqualTo(6L * Airports.ROWS);
      }
    }
  }

  @Test
  void aStoppingServerHandsItsRunBackAndTheOtherResumesIt() throws Exception {
    String table = "handed_" + store.name;
    try (GatedApi source = new GatedApi().holdFrom(1500)) {
      String yaml = source.sourceYaml() + DestinationDb.yaml(table);
      UUID pipeline = StoredPipelines.create(store.jdbc, "handed-" + store.name, yaml);
      UUID runId = launch(servers.get(0), pipeline);
      source.awaitHeld();
      Eventually.until("rows committed", Runs.PATIENCE, () -> DestinationDb.rows(table) > 0);
      String worker =
          store
              .jdbc
              .sql("SELECT worker_id FROM runs WHERE id = :id")
              .param("id", runId)
              .query(String.class)
              .single();
      ConfigurableApplicationContext holder =
          servers.stream()
              .filter(s -> s.getBean(RunWorkers.class).workerId().equals(worker))
              .findFirst()
              .orElseThrow();
      Thread stopping = Thread.ofPlatform().start(holder::close);
      Eventually.until(
          "the stopping server to hand the run back",
          Runs.PATIENCE,
          () -> log(runId).contains("this server is stopping"));
      source.open(); // the held batch arrives, the run stops there and goes back to the queue
      stopping.join();
      Eventually.until(
          "the other server to finish the run",
          Runs.PATIENCE,
          () -> store.count("id = '" + runId + "' AND status = 'succeeded'") == 1);
      assertThat(store.count("id = '" + runId + "' AND attempt = 2")).isEqualTo(1);
      assertThat(log(runId)).contains("handed back to the queue").contains("taken up again");
      RunControlContract.assertExactlyOnce(table);
    }
  }

  private String log(UUID runId) {
    return String.join(
        "\n",
        store
            .jdbc
            .sql("SELECT message FROM run_logs WHERE run_id = :id ORDER BY id")
            .param("id", runId)
            .query(String.class)
            .list());
  }

  private String table(int i) {
    return "shared_" + i + "_" + store.name;
  }

  private static UUID launch(ConfigurableApplicationContext server, UUID pipeline) {
    return server
        .getBean(RunLauncher.class)
        .launch(RunLauncher.Launch.of(pipeline, "manual", "test"));
  }

  private void countEnds(ApplicationEvent e) {
    if (e instanceof PayloadApplicationEvent<?> p
        && p.getPayload() instanceof RunCompleted end
        && !ended.add(end.runId())) {
      synchronized (endedTwice) {
        endedTwice.add(end.runId());
      }
    }
  }
}
