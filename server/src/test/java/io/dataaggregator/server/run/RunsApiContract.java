package io.dataaggregator.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.auth.Role;
import io.dataaggregator.server.testing.Api.Session;
import io.dataaggregator.server.testing.ServerIT;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Triggering runs, their ledger, failures, rejected rows and logs, over HTTP. */
public abstract class RunsApiContract extends ServerIT {
  @Autowired JdbcClient jdbc;
  @TempDir Path dir;

  @Test
  void triggeredRunSucceedsWithTheLedgerOfItsStream() {
    Session executor = loginAs(Role.EXECUTOR);
    String table = uniqueName("airports").replace('-', '_');
    UUID pipeline = airportsPipeline(table, "");
    UUID runId = Runs.trigger(executor, pipeline);

    JsonNode run = Runs.awaitStatus(executor, runId, "succeeded");
    assertThat(run.get("pipelineId").asString()).isEqualTo(pipeline.toString());
    assertThat(run.get("pipelineVersion").asInt()).isEqualTo(1);
    assertThat(run.get("trigger").asString()).isEqualTo("manual");
    assertThat(run.get("startedBy").asString()).isEqualTo(executor.username());
    assertThat(run.get("attempt").asInt()).isEqualTo(1);
    assertThat(run.get("durationMs").asLong()).isGreaterThanOrEqualTo(0);
    assertThat(
            run.hasNonNull("queuedAt")
                && run.hasNonNull("startedAt")
                && run.hasNonNull("finishedAt"))
        .isTrue();
    assertLedger(run.get("ledger"), Airports.ROWS, Airports.ROWS, 0);
    JsonNode stream = run.get("streams").get(0);
    assertThat(stream.get("stream").asString()).isEqualTo("airports");
    assertThat(stream.get("table").asString()).isEqualTo(table);
    assertThat(stream.get("status").asString()).isEqualTo("succeeded");
    assertLedger(stream.get("ledger"), Airports.ROWS, Airports.ROWS, 0);
    assertThat(DestinationDb.rows(table)).isEqualTo(Airports.ROWS);
  }

  @Test
  void runsCanBeTriggeredByPipelineIdInTheBody() {
    Session admin = admin();
    UUID pipeline = airportsPipeline(uniqueName("body").replace('-', '_'), "");
    JsonNode queued =
        admin.post("/api/v1/runs", Map.of("pipelineId", pipeline.toString())).expect(202).body();
    assertThat(queued.get("status").asString()).isIn("queued", "running", "succeeded");
    Runs.awaitStatus(admin, UUID.fromString(queued.get("id").asString()), "succeeded");
    admin.post("/api/v1/runs", Map.of()).expectProblem(400, "pipelineId");
    admin.post("/api/v1/runs", Map.of("pipelineId", "nope")).expectProblem(400, "pipelineId");
    admin.post("/api/v1/runs", Map.of("pipelineId", UUID.randomUUID().toString())).expect(404);
    admin.post("/api/v1/pipelines/" + UUID.randomUUID() + "/runs", null).expect(404);
  }

  @Test
  void aPipelineThatDoesNotCompileIsRefusedWithItsProblems() {
    UUID pipeline =
        StoredPipelines.create(
            jdbc,
            uniqueName("broken"),
            "source:\n  connector: csv\n  config: {path: x.csv, delimiter: ';;'}\n"
                + DestinationDb.yaml("never"));
    admin().post("/api/v1/pipelines/" + pipeline + "/runs", null).expectProblem(400, null);
  }

  @Test
  void aFailedRunKeepsItsErrorAndLogsIt() {
    Session admin = admin();
    Path missing = dir.resolve("gone").resolve("airports.csv");
    UUID pipeline =
        StoredPipelines.create(
            jdbc,
            uniqueName("failing"),
            StoredPipelines.csvToPostgres(missing.toString(), "never"));
    UUID runId = Runs.trigger(admin, pipeline);
    JsonNode run = Runs.awaitStatus(admin, runId, "failed");
    assertThat(run.get("error").asString()).contains(missing.toString());
    assertThat(run.get("errorCode").asString()).isNotBlank();
    assertThat(Runs.log(admin, runId)).contains("ERROR : failed: ").contains(missing.toString());
  }

  @Test
  void rejectedRowsAreKeptAndBrowsable() {
    Session viewer = loginAs(Role.VIEWER);
    String table = uniqueName("west").replace('-', '_');
    String rule = "transforms:\n  - validate: {longitude: {range: {max: 0}}}\n";
    UUID runId = Runs.trigger(admin(), airportsPipeline(table, rule));
    JsonNode run = Runs.awaitStatus(viewer, runId, "succeeded");
    int west = Airports.ROWS - Airports.EAST_OF_DATE_LINE;
    assertLedger(run.get("ledger"), Airports.ROWS, west, Airports.EAST_OF_DATE_LINE);
    assertThat(DestinationDb.rows(table)).isEqualTo(west);

    JsonNode page =
        viewer.get("/api/v1/runs/" + runId + "/rejected?stream=airports").expect(200).body();
    int kept = page.get("keptPerStream").asInt(); // the test profile keeps fewer than 4
    assertThat(page.get("rejected").asLong()).isEqualTo(Airports.EAST_OF_DATE_LINE);
    assertThat(page.get("kept").asLong()).isEqualTo(Math.min(kept, Airports.EAST_OF_DATE_LINE));
    JsonNode first = page.get("items").get(0);
    assertThat(first.get("stream").asString()).isEqualTo("airports");
    assertThat(first.get("field").asString()).isEqualTo("longitude");
    assertThat(first.get("reason").asString()).isNotBlank();
    assertThat(first.get("raw").asString()).contains("ROP");
    assertThat(first.get("position").asLong()).isNotNegative();
    JsonNode second =
        viewer.get("/api/v1/runs/" + runId + "/rejected?offset=1&limit=1").expect(200).body();
    assertThat(second.get("items")).hasSize(1);
    assertThat(second.get("items").get(0).get("raw").asString()).contains("ROR");
    viewer.get("/api/v1/runs/" + runId + "/rejected?limit=0").expectProblem(400, "limit");
    viewer.get("/api/v1/runs/" + UUID.randomUUID() + "/rejected").expect(404);
  }

  @Test
  void aRunsLogTellsItsStoryAndCanBeReadFromALine() {
    Session executor = loginAs(Role.EXECUTOR);
    UUID runId = Runs.trigger(executor, airportsPipeline(uniqueName("log").replace('-', '_'), ""));
    Runs.awaitStatus(executor, runId, "succeeded");
    String log = Runs.log(executor, runId);
    assertThat(log)
        .contains("INFO : queued by " + executor.username() + " (manual)")
        .contains("INFO : started by worker ")
        .contains("INFO airports: starting into ")
        .contains("INFO airports: done: 3376 rows read, 3376 written, 0 rejected")
        .contains("INFO : succeeded (3376 rows read");
    JsonNode lines = executor.get("/api/v1/runs/" + runId + "/logs").expect(200).body();
    long second = lines.get(1).get("id").asLong();
    JsonNode after =
        executor.get("/api/v1/runs/" + runId + "/logs?after=" + second).expect(200).body();
    assertThat(after).hasSize(lines.size() - 2);
    loginAs(Role.VIEWER).get("/api/v1/runs/" + runId + "/logs").expect(403);
    executor.get("/api/v1/runs/" + UUID.randomUUID() + "/logs").expect(404);
  }

  @Test
  void aChildStreamOfExplodeIntoIsAStreamOfTheRunWithItsOwnLedger() {
    Session executor = loginAs(Role.EXECUTOR);
    String table = uniqueName("quakes").replace('-', '_');
    String child = table + "_coordinates";
    Path quakes = Path.of("..", "examples", "data", "earthquakes-60.json").toAbsolutePath();
    String yaml =
        "source:\n  connector: json\n  config: {path: "
            + quakes.normalize()
            + "}\ntransforms:\n  - flatten: {geometry: {coordinates: json}}\n"
            + "  - explode: {field: geometry_coordinates, type: double, index: axis, into: "
            + child
            + ", parent_key: [id]}\n"
            + DestinationDb.yaml(table);
    UUID runId =
        Runs.trigger(executor, StoredPipelines.create(jdbc, table.replace('_', '-'), yaml));

    JsonNode run = Runs.awaitStatus(executor, runId, "succeeded");
    assertLedger(run.get("ledger"), 60, 240, 0);
    var streams = new java.util.HashMap<String, JsonNode>();
    run.get("streams").forEach(s -> streams.put(s.get("stream").asString(), s));
    assertThat(streams).containsOnlyKeys("earthquakes-60", child);
    assertThat(streams.get(child).get("table").asString()).isEqualTo(child);
    assertThat(streams.get(child).get("status").asString()).isEqualTo("succeeded");
    assertLedger(streams.get(child).get("ledger"), 0, 180, 0);
    assertThat(streams.get(child).get("ledger").get("produced").asLong()).isEqualTo(180);
    assertLedger(streams.get("earthquakes-60").get("ledger"), 60, 60, 0);
    assertThat(DestinationDb.rows(table)).isEqualTo(60);
    assertThat(DestinationDb.rows(child)).isEqualTo(180);
  }

  @Test
  void unknownRunsAre404AndBadIds400() {
    Session admin = admin();
    admin.get("/api/v1/runs/" + UUID.randomUUID()).expect(404);
    admin.get("/api/v1/runs/not-a-uuid").expectProblem(400, "id");
    admin.post("/api/v1/runs/" + UUID.randomUUID() + "/cancel", null).expect(404);
    admin.post("/api/v1/runs/" + UUID.randomUUID() + "/retry", null).expect(404);
  }

  private UUID airportsPipeline(String table, String transforms) {
    String csv = Airports.copyTo(dir).toString();
    return StoredPipelines.create(
        jdbc, table.replace('_', '-'), transforms + StoredPipelines.csvToPostgres(csv, table));
  }

  static void assertLedger(JsonNode ledger, long read, long written, long rejected) {
    assertThat(ledger.get("read").asLong()).as("read " + ledger).isEqualTo(read);
    assertThat(ledger.get("written").asLong()).as("written " + ledger).isEqualTo(written);
    assertThat(ledger.get("rejected").asLong()).as("rejected " + ledger).isEqualTo(rejected);
  }
}
