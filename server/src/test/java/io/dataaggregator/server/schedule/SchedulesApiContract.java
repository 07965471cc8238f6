package io.dataaggregator.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dataaggregator.server.auth.Role;
import io.dataaggregator.server.run.DestinationDb;
import io.dataaggregator.server.run.RunCompleted;
import io.dataaggregator.server.run.Runs;
import io.dataaggregator.server.run.StoredPipelines;
import io.dataaggregator.server.testing.Api.Reply;
import io.dataaggregator.server.testing.Api.Session;
import io.dataaggregator.server.testing.ServerIT;
import io.dataaggregator.testkit.ThrowawayPostgres;
import io.dataaggregator.server.testing.TestPipelines;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Schedules over HTTP: cron, time zones, dependencies, pause/resume, backfill. */
public abstract class SchedulesApiContract extends ServerIT {
  @Autowired JdbcClient jdbc;
  @Autowired LaunchedRuns launcher;
  @Autowired ApplicationEventPublisher events;

  Session executor;

  @BeforeEach
  void executor() {
    executor = loginAs(Role.EXECUTOR);
  }

  @Test
  void aScheduleShowsItsNextRunsInItsZoneAndReadsAsWords() {
    UUID pipeline = TestPipelines.create(jdbc, "daily");
    Reply created =
        executor
            .post("/api/v1/schedules", schedule(pipeline, "0 6 * * *", "Europe/Berlin"))
            .expect(201);
    assertThat(created.header("Location")).endsWith("/api/v1/schedules/" + created.text("id"));
    assertThat(created.text("quartzCron")).isEqualTo("0 0 6 * * ?");
    assertThat(created.text("description")).isEqualTo("every day at 06:00 Europe/Berlin");
    assertThat(created.text("pipelineName")).isEqualTo(TestPipelines.name(jdbc, pipeline));
    assertThat(created.text("name")).isEqualTo(TestPipelines.name(jdbc, pipeline));
    List<OffsetDateTime> next = times(created.body().get("nextRuns"));
    assertThat(next).hasSize(5);
    assertThat(next)
        .allSatisfy(
            t ->
                assertThat(t.atZoneSameInstant(java.time.ZoneId.of("Europe/Berlin")).getHour())
                    .isEqualTo(6));
    assertThat(next).isSorted();
    assertThat(next.get(0).toInstant()).isAfter(Instant.now());

    Reply listed = executor.get("/api/v1/schedules?pipelineId=" + pipeline).expect(200);
    assertThat(listed.body().findValuesAsString("id")).containsExactly(created.text("id"));
    loginAs(Role.VIEWER).get("/api/v1/schedules/" + created.text("id")).expect(200);
  }

  @Test
  void quartzCronWeekdaysAndMacrosAreAccepted() {
    UUID pipeline = TestPipelines.create(jdbc, "weekdays");
    Reply weekdays =
        executor.post("/api/v1/schedules", schedule(pipeline, "30 7 * * 1-5", "UTC")).expect(201);
    assertThat(weekdays.text("quartzCron")).isEqualTo("0 30 7 ? * 2-6");
    assertThat(weekdays.text("description")).isEqualTo("every Monday to Friday at 07:30 UTC");
    Reply quartz =
        executor
            .post("/api/v1/schedules", schedule(pipeline, "0 0/15 * ? * MON-FRI", "UTC"))
            .expect(201);
    assertThat(quartz.text("description")).isEqualTo("every 15 minutes on Monday to Friday UTC");
    Reply preview =
        executor.get("/api/v1/schedules/cron-preview?cron=@daily&timeZone=Asia/Tokyo").expect(200);
    assertThat(preview.text("description")).isEqualTo("every day at 00:00 Asia/Tokyo");
    assertThat(preview.body().get("nextRuns").size()).isEqualTo(5);
  }

  @Test
  void badSchedulesAre400sNamingTheField() {
    UUID pipeline = TestPipelines.create(jdbc, "bad");
    executor
        .post("/api/v1/schedules", schedule(pipeline, "61 * * * *", "UTC"))
        .expectProblem(400, "cron");
    Reply both = executor.post("/api/v1/schedules", schedule(pipeline, "0 6 1 * 1", "UTC"));
    assertThat(both.expectProblem(400, "cron").text("detail")).contains("both the day of month");
    executor
        .post("/api/v1/schedules", schedule(pipeline, "0 6 * *", "UTC"))
        .expectProblem(400, "cron");
    executor
        .post("/api/v1/schedules", schedule(pipeline, "0 6 * * *", "Mars/Base"))
        .expectProblem(400, "timeZone");
    executor
        .post("/api/v1/schedules", schedule(UUID.randomUUID(), "0 6 * * *", "UTC"))
        .expectProblem(400, "pipelineId");
    executor
        .post("/api/v1/schedules", Map.of("cron", "0 6 * * *"))
        .expectProblem(400, "pipelineId");
    executor.post("/api/v1/schedules", Map.of("pipelineId", pipeline)).expectProblem(400, "cron");
    executor
        .post("/api/v1/schedules", Map.of("pipelineId", pipeline, "dependsOn", List.of(pipeline)))
        .expectProblem(400, "dependsOn[0]");
    executor.get("/api/v1/schedules/" + UUID.randomUUID()).expectProblem(404, null);
  }

  @Test
  void aCronFireLaunchesOneRunPerInstantUntilPaused() {
    UUID pipeline = TestPipelines.create(jdbc, "every-second");
    String id =
        executor
            .post("/api/v1/schedules", schedule(pipeline, "* * * * * ?", "UTC"))
            .expect(201)
            .text("id");
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> executor.get("/api/v1/schedules/" + id + "/fires").body().size() >= 2);
      Reply paused = executor.post("/api/v1/schedules/" + id + "/pause", null).expect(200);
      assertThat(paused.body().get("paused").asBoolean()).isTrue();
      assertThat(paused.body().get("nextRuns").size()).isZero();
      assertThat(paused.text("description")).startsWith("paused: every second");

      JsonNode fires = executor.get("/api/v1/schedules/" + id + "/fires").expect(200).body();
      List<String> runIds = fires.findValuesAsString("runId");
      assertThat(runIds).doesNotHaveDuplicates().hasSize(fires.size());
      assertThat(fires.findValuesAsString("scheduledAt")).doesNotHaveDuplicates();
      assertThat(fires.findValuesAsString("reason")).containsOnly("CRON");
      List<LaunchedRuns.Recorded> launches = launcher.launchesOf(pipeline);
      assertThat(launches).extracting(r -> r.runId().toString()).containsAll(runIds);
      assertThat(launches)
          .extracting(LaunchedRuns.Recorded::trigger)
          .containsOnly("schedule");

      Reply audit = admin().get("/api/v1/audit?user=scheduler&targetId=" + id).expect(200);
      assertThat(audit.body().get("items").findValuesAsString("action")).contains("fire");

      assertThat(
              executor
                  .post("/api/v1/schedules/" + id + "/resume", null)
                  .expect(200)
                  .body()
                  .get("paused")
                  .asBoolean())
          .isFalse();
    } finally {
      executor.delete("/api/v1/schedules/" + id).expect(204);
    }
    executor.get("/api/v1/schedules/" + id).expectProblem(404, null);
  }

  @Test
  void aScheduleRunsOnceAllItsUpstreamsSucceeded() {
    UUID a = TestPipelines.create(jdbc, "up-a");
    UUID b = TestPipelines.create(jdbc, "up-b");
    UUID c = TestPipelines.create(jdbc, "down-c");
    Reply created =
        executor
            .post("/api/v1/schedules", Map.of("pipelineId", c, "dependsOn", List.of(a, b)))
            .expect(201);
    assertThat(created.text("description")).contains("after").contains(" and ").endsWith("succeed");
    assertThat(created.body().get("nextRuns").size()).isZero();

    events.publishEvent(run(a, "succeeded"));
    assertThat(launcher.launchesOf(c)).isEmpty();
    events.publishEvent(run(b, "failed"));
    assertThat(launcher.launchesOf(c)).isEmpty();
    Reply waiting = executor.get("/api/v1/schedules/" + created.text("id")).expect(200);
    assertThat(waiting.body().get("dependsOn").findValues("satisfied"))
        .extracting(JsonNode::asBoolean)
        .containsExactlyInAnyOrder(true, false);
    events.publishEvent(run(b, "succeeded"));
    assertThat(launcher.launchesOf(c))
        .singleElement()
        .satisfies(l -> assertThat(l.trigger()).isEqualTo("dependency"));
    events.publishEvent(run(a, "succeeded"));
    assertThat(launcher.launchesOf(c)).hasSize(1); // b has not succeeded again yet
  }

  @Test
  void anyModeRunsAfterEachUpstreamSuccessAndCyclesAreRefused() {
    UUID a = TestPipelines.create(jdbc, "any-a");
    UUID d = TestPipelines.create(jdbc, "any-d");
    executor
        .post(
            "/api/v1/schedules",
            Map.of("pipelineId", d, "dependsOn", List.of(a), "dependencyMode", "ANY"))
        .expect(201);
    events.publishEvent(run(a, "succeeded"));
    events.publishEvent(run(a, "succeeded"));
    assertThat(launcher.launchesOf(d)).hasSize(2);
    Reply cycle =
        executor.post("/api/v1/schedules", Map.of("pipelineId", a, "dependsOn", List.of(d)));
    assertThat(cycle.expectProblem(400, "dependsOn").text("detail")).contains("cycle");
  }

  @Test
  void aBackfillStartsOneRunPerStepOfTheCursorRange() {
    UUID pipeline = TestPipelines.create(jdbc, "backfill");
    String id =
        executor
            .post("/api/v1/schedules", schedule(pipeline, "0 6 * * *", "UTC"))
            .expect(201)
            .text("id");
    Reply started =
        executor
            .post(
                "/api/v1/schedules/" + id + "/backfill",
                Map.of("from", "2024-01-01", "to", "2024-03-15", "step", "P1M"))
            .expect(202);
    assertThat(started.body().get("runs").findValuesAsString("cursorFrom"))
        .containsExactly("2024-01-01", "2024-02-01", "2024-03-01");
    assertThat(started.body().get("runs").findValuesAsString("cursorTo"))
        .containsExactly("2024-01-31", "2024-02-29", "2024-03-15");
    List<LaunchedRuns.Recorded> launches = launcher.launchesOf(pipeline);
    assertThat(launches)
        .hasSize(3)
        .allSatisfy(
            l -> {
              assertThat(l.trigger()).isEqualTo("backfill");
              assertThat(l.startedBy()).isEqualTo(executor.username().toLowerCase());
            });
    assertThat(launches)
        .extracting(LaunchedRuns.Recorded::cursorFrom)
        .containsExactlyInAnyOrder("2024-01-01", "2024-02-01", "2024-03-01");
    assertThat(
            executor.get("/api/v1/schedules/" + id + "/fires").body().findValuesAsString("reason"))
        .containsOnly("BACKFILL");

    String backfill = "/api/v1/schedules/" + id + "/backfill";
    executor
        .post(backfill, Map.of("from", "yesterday", "to", "2024-01-01"))
        .expectProblem(400, "from");
    executor
        .post(backfill, Map.of("from", "2024-02-01", "to", "2024-01-01"))
        .expectProblem(400, "to");
    executor
        .post(backfill, Map.of("from", "1", "to", "100000", "step", "10"))
        .expectProblem(400, "step");
    executor.post(backfill, Map.of("to", "2024-01-01")).expectProblem(400, "from");
    loginAs(Role.DESIGNER).post(backfill, Map.of("from", "1", "to", "2")).expect(403);
  }

  @Test
  void backfillRunsReadOnlyTheirSliceOfTheCursorAndLeaveTheIncrementalStateAlone() {
    String feed = uniqueName("feed").replace('-', '_');
    String copy = feed + "_copy";
    DestinationDb.execute(
        "CREATE TABLE " + feed + " (id int PRIMARY KEY, at timestamptz)",
        "INSERT INTO " + feed + " SELECT g, TIMESTAMPTZ '2024-01-01 00:00:00Z' + g * INTERVAL"
            + " '1 hour' FROM generate_series(1, 100) g");
    String source =
        "source:\n  connector: postgres\n  config: {database: "
            + DestinationDb.name()
            + ", user: " + ThrowawayPostgres.USER + ", tables: ["
            + feed
            + "]}\n  streams: [{name: "
            + feed
            + ", cursor: id}]\n";
    UUID pipeline =
        StoredPipelines.create(
            jdbc, feed.replace('_', '-'), source + DestinationDb.yaml(copy));
    assertThat(read(Runs.trigger(executor, pipeline))).isEqualTo(100);
    DestinationDb.execute(
        "INSERT INTO " + feed + " SELECT g, NULL FROM generate_series(101, 150) g");
    String id =
        executor
            .post("/api/v1/schedules", schedule(pipeline, "0 6 * * *", "UTC"))
            .expect(201)
            .text("id");
    executor.post("/api/v1/schedules/" + id + "/pause", null).expect(200);

    JsonNode runs =
        executor
            .post(
                "/api/v1/schedules/" + id + "/backfill",
                Map.of("from", "11", "to", "40", "step", "10"))
            .expect(202)
            .body()
            .get("runs");

    assertThat(runs.findValuesAsString("cursorFrom")).containsExactly("11", "21", "31");
    for (JsonNode run : runs) {
      assertThat(read(UUID.fromString(run.get("runId").asString())))
          .as("rows read by the run of %s to %s", run.get("cursorFrom"), run.get("cursorTo"))
          .isEqualTo(10);
    }
    assertThat(DestinationDb.number("SELECT count(*) FROM " + copy)).isEqualTo(130);
    String twice = " FROM (SELECT id FROM " + copy + " GROUP BY id HAVING count(*) = 2) t";
    assertThat(DestinationDb.number("SELECT count(*)" + twice)).isEqualTo(30);
    assertThat(DestinationDb.number("SELECT min(id)" + twice)).isEqualTo(11);
    assertThat(DestinationDb.number("SELECT max(id)" + twice)).isEqualTo(40);
    assertThat(read(Runs.trigger(executor, pipeline)))
        .as("the next ordinary run goes on after 100")
        .isEqualTo(50);
  }

  @Test
  void aBackfillOfAFullRefreshPipelineFailsSayingWhy() {
    String feed = uniqueName("whole").replace('-', '_');
    DestinationDb.execute("CREATE TABLE " + feed + " (id int PRIMARY KEY)");
    UUID pipeline =
        StoredPipelines.create(
            jdbc,
            feed.replace('_', '-'),
            "source:\n  connector: postgres\n  config: {database: "
                + DestinationDb.name()
                + ", user: " + ThrowawayPostgres.USER + ", tables: ["
                + feed
                + "]}\n"
                + DestinationDb.yaml(feed + "_copy"));
    String id =
        executor
            .post("/api/v1/schedules", schedule(pipeline, "0 6 * * *", "UTC"))
            .expect(201)
            .text("id");
    executor.post("/api/v1/schedules/" + id + "/pause", null).expect(200);

    JsonNode runs =
        executor
            .post("/api/v1/schedules/" + id + "/backfill", Map.of("from", "1", "to", "9"))
            .expect(202)
            .body()
            .get("runs");

    UUID run = UUID.fromString(runs.get(0).get("runId").asString());
    JsonNode failed = Runs.awaitStatus(executor, run, "failed");
    assertThat(failed.get("error").asString())
        .startsWith(
            "stream "
                + feed
                + " is full refresh; a backfill needs an incremental stream with a cursor");
  }

  /** Waits for the run to succeed; the rows it read. */
  private long read(UUID run) {
    return Runs.awaitStatus(executor, run, "succeeded").get("ledger").get("read").asLong();
  }

  private static Map<String, Object> schedule(UUID pipeline, String cron, String zone) {
    Map<String, Object> body = new HashMap<>();
    body.put("pipelineId", pipeline);
    body.put("cron", cron);
    body.put("timeZone", zone);
    return body;
  }

  private RunCompleted run(UUID pipeline, String status) {
    Instant end = Instant.now();
    return new RunCompleted(
        UUID.randomUUID(),
        pipeline,
        TestPipelines.name(jdbc, pipeline),
        status,
        10,
        10,
        0,
        0,
        100,
        end.minusSeconds(5),
        end,
        "failed".equals(status) ? "boom" : "");
  }

  private static List<OffsetDateTime> times(JsonNode array) {
    List<OffsetDateTime> times = new java.util.ArrayList<>();
    for (JsonNode n : array) {
      times.add(OffsetDateTime.parse(n.asString()));
    }
    return times;
  }
}
