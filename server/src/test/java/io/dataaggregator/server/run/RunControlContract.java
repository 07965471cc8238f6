package io.dataaggregator.server.run;

import static io.dataaggregator.server.run.RunsApiContract.assertLedger;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.auth.Role;
import io.dataaggregator.server.testing.Api.Session;
import io.dataaggregator.server.testing.ServerIT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Cancel, retry, the queue and workers: a run held mid-way by its source (see {@link GatedApi}) is
 * cancelled, retried from its checkpoint, or taken over after its worker "dies", and every row
 * arrives exactly once.
 */
public abstract class RunControlContract extends ServerIT {
  @Autowired JdbcClient jdbc;
  @Autowired ConfigurableApplicationContext context;
  @TempDir Path dir;

  @Test
  void cancelStopsARunningRunAndRetryResumesFromItsCheckpoint() throws Exception {
    Session executor = loginAs(Role.EXECUTOR);
    String table = uniqueName("gated").replace('-', '_');
    try (GatedApi source = new GatedApi().holdFrom(1500)) {
      UUID pipeline =
          StoredPipelines.create(
              jdbc, table.replace('_', '-'), source.sourceYaml() + DestinationDb.yaml(table));
      UUID first = Runs.trigger(executor, pipeline);
      source.awaitHeld();
      Runs.awaitCommitted(executor, first);

      UUID second = Runs.trigger(executor, pipeline); // waits: one run per pipeline at a time
      JsonNode queued =
          executor.post("/api/v1/runs/" + second + "/cancel", null).expect(200).body();
      assertThat(queued.get("status").asString()).isEqualTo("cancelled");
      assertThat(Runs.log(executor, second))
          .contains("cancelled by " + executor.username() + " before it started");

      JsonNode asked = executor.post("/api/v1/runs/" + first + "/cancel", null).expect(200).body();
      assertThat(asked.get("cancelRequested").asBoolean()).isTrue();
      source.open();
      JsonNode cancelled = Runs.awaitStatus(executor, first, "cancelled");
      long before = cancelled.get("ledger").get("written").asLong();
      assertThat(before).isBetween(1L, (long) Airports.ROWS - 1);
      assertThat(DestinationDb.rows(table)).isEqualTo(before);
      executor.post("/api/v1/runs/" + first + "/cancel", null).expect(409);

      JsonNode retry = executor.post("/api/v1/runs/" + first + "/retry", null).expect(202).body();
      UUID retried = UUID.fromString(retry.get("id").asString());
      JsonNode done = Runs.awaitStatus(executor, retried, "succeeded");
      assertThat(done.get("retryOf").asString()).isEqualTo(first.toString());
      assertThat(done.get("trigger").asString()).isEqualTo("retry");
      assertThat(done.get("streams").get(0).get("resumed").asBoolean()).isTrue();
      long after = done.get("ledger").get("written").asLong();
      assertThat(before + after).isEqualTo(Airports.ROWS);
      assertExactlyOnce(table);
      executor.post("/api/v1/runs/" + retried + "/retry", null).expect(409);
      loginAs(Role.VIEWER).post("/api/v1/runs/" + first + "/retry", null).expect(403);
    }
  }

  @Test
  void aFileDestinationResumesFromTheCheckpointKeptInTheMetadataStore() throws Exception {
    Session executor = loginAs(Role.EXECUTOR);
    String name = uniqueName("file");
    Path out = dir.resolve("out");
    try (GatedApi source = new GatedApi().holdFrom(2000)) {
      String destination =
          "destination:\n  connector: json\n  config: {path: '" + out + "'}\n  mode: append\n";
      UUID pipeline = StoredPipelines.create(jdbc, name, source.sourceYaml() + destination);
      UUID first = Runs.trigger(executor, pipeline);
      source.awaitHeld();
      Runs.awaitCommitted(executor, first);
      executor.post("/api/v1/runs/" + first + "/cancel", null).expect(200);
      source.open();
      long before =
          Runs.awaitStatus(executor, first, "cancelled").get("ledger").get("written").asLong();
      assertThat(
              jdbc.sql("SELECT COUNT(*) FROM run_state WHERE pipeline = :p")
                  .param("p", name)
                  .query(Long.class)
                  .single())
          .as("checkpoints kept in the store")
          .isEqualTo(1);

      UUID retried =
          UUID.fromString(
              executor.post("/api/v1/runs/" + first + "/retry", null).expect(202).text("id"));
      JsonNode done = Runs.awaitStatus(executor, retried, "succeeded");
      assertThat(done.get("streams").get(0).get("resumed").asBoolean()).isTrue();
      assertThat(done.get("ledger").get("read").asLong()).isEqualTo(Airports.ROWS - before);
      List<String> lines = Files.readAllLines(out.resolve("airports.jsonl"));
      assertThat(lines).hasSize(Airports.ROWS);
      assertThat(lines.stream().distinct()).hasSize(Airports.ROWS);
    }
  }

  @Test
  void aRunWhoseWorkerWentSilentIsTakenOverAndResumesExactlyOnce() throws Exception {
    Session admin = admin();
    String table = uniqueName("silent").replace('-', '_');
    try (GatedApi source = new GatedApi().holdFrom(2000)) {
      UUID pipeline =
          StoredPipelines.create(
              jdbc, table.replace('_', '-'), source.sourceYaml() + DestinationDb.yaml(table));
      UUID runId = Runs.trigger(admin, pipeline);
      source.awaitHeld();
      Runs.awaitCommitted(admin, runId);
      // As if the run belonged to a worker of another server that died an hour ago: this
      // server's worker loses its claim at its next heartbeat and stops without writing more;
      // then the run is taken over and resumes from the checkpoint.
      jdbc.sql(
              "UPDATE runs SET worker_id = 'dead-server/1/gone', heartbeat_at = :old WHERE id ="
                  + " :id")
          .param("old", OffsetDateTime.now().minusHours(1))
          .param("id", runId)
          .update();
      Eventually.until(
          "the worker to notice",
          Runs.PATIENCE,
          () -> Runs.log(admin, runId).contains("lost this run"));
      source.open();
      Eventually.until(
          "the lost attempt to end",
          Runs.PATIENCE,
          () -> Runs.log(admin, runId).contains("ended after losing the run"));
      JsonNode run = Runs.awaitStatus(admin, runId, "succeeded");
      assertThat(run.get("attempt").asInt()).isEqualTo(2);
      assertThat(run.get("streams").get(0).get("resumed").asBoolean()).isTrue();
      assertLedger(run.get("ledger"), Airports.ROWS, Airports.ROWS, 0);
      assertExactlyOnce(table);
      assertThat(Runs.log(admin, runId))
          .contains("worker dead-server/1/gone stopped heartbeating")
          .contains("queued again to resume from its last checkpoint")
          .contains("taken up again by worker")
          .contains("resuming into " + table);
    }
  }

  @Test
  void manyQueuedRunsEachRunExactlyOnce() {
    Session admin = admin();
    Set<UUID> completed = ConcurrentHashMap.newKeySet();
    List<UUID> twice = new ArrayList<>();
    ApplicationListener<ApplicationEvent> listener =
        e -> {
          if (e instanceof PayloadApplicationEvent<?> p
              && p.getPayload() instanceof RunCompleted end
              && !completed.add(end.runId())) {
            twice.add(end.runId());
          }
        };
    context.addApplicationListener(listener);
    try {
      String csv = Airports.copyTo(dir).toString();
      List<UUID> pipelines = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        String name = uniqueName("many");
        pipelines.add(
            StoredPipelines.create(
                jdbc, name, StoredPipelines.csvToPostgres(csv, name.replace('-', '_'))));
      }
      List<UUID> runs = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        runs.add(Runs.trigger(admin, pipelines.get(i % 3)));
      }
      for (UUID run : runs) {
        JsonNode done = Runs.awaitStatus(admin, run, "succeeded");
        assertThat(done.get("attempt").asInt()).as("claims of run " + run).isEqualTo(1);
      }
      Eventually.until("every end published", Runs.PATIENCE, () -> completed.containsAll(runs));
      assertThat(twice).as("runs completed twice").isEmpty();
      for (UUID pipeline : pipelines) {
        String table =
            jdbc.sql("SELECT name FROM pipelines WHERE id = :id")
                .param("id", pipeline)
                .query(String.class)
                .single()
                .replace('-', '_');
        assertThat(DestinationDb.rows(table)).isEqualTo(4L * Airports.ROWS);
      }
    } finally {
      context.removeApplicationListener(listener);
    }
  }

  static void assertExactlyOnce(String table) {
    assertThat(DestinationDb.rows(table)).isEqualTo(Airports.ROWS);
    assertThat(DestinationDb.number("SELECT COUNT(DISTINCT iata) FROM " + table))
        .isEqualTo(Airports.ROWS);
  }
}
