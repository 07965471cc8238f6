package io.dataaggregator.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dataaggregator.server.ServerApp;
import io.dataaggregator.server.system.Sql;
import io.dataaggregator.server.testing.Api;
import io.dataaggregator.server.testing.Api.Session;
import io.dataaggregator.server.testing.ServerIT;
import io.dataaggregator.server.testing.TestPipelines;
import io.dataaggregator.testkit.ThrowawayPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two server instances on one throwaway PostgreSQL database share one Quartz cluster. A schedule
 * firing every second runs for a dozen seconds; every scheduled instant must have been fired by
 * exactly one instance and have launched exactly one run, and no instance may have seen an instant
 * fire twice (the fire log's unique key would have stopped it, and counted it).
 */
class ClusteredSchedulerIT {
  private static final int FIRES = 12;

  @TempDir Path dirA;
  @TempDir Path dirB;
  private ThrowawayPostgres database;
  private ConfigurableApplicationContext a;
  private ConfigurableApplicationContext b;

  @BeforeEach
  void twoInstances() {
    database = ThrowawayPostgres.create();
    a = start(dirA); // one after the other: the first creates the tables and the admin
    b = start(dirB);
  }

  @AfterEach
  void stop() {
    b.close(); // closing a closed context does nothing
    a.close();
    database.close();
  }

  @Test
  void twoInstancesFireEachInstantOfAScheduleOnceAndLaunchOneRunForIt() {
    UUID pipeline = TestPipelines.create(b.getBean(JdbcClient.class), "clustered");
    Session onA = new Api(port(a)).login("admin", ServerIT.ADMIN_PASSWORD);
    Session onB = new Api(port(b)).login("admin", ServerIT.ADMIN_PASSWORD);
    String id =
        onA.post(
                "/api/v1/schedules",
                Map.of("pipelineId", pipeline, "cron", "* * * * * ?", "timeZone", "UTC"))
            .expect(201)
            .text("id");
    LaunchedRuns before = b.getBean(LaunchedRuns.class);
    String instanceA = instanceId(a);
    String instanceB = instanceId(b);

    // Quartz keeps re-acquiring a trigger on the instance that fired it; stopping that instance
    // hands the schedule to the other one, which must go on without firing an instant twice.
    await()
        .atMost(Duration.ofSeconds(120))
        .until(() -> before.launchesOf(pipeline).size() >= FIRES / 2);
    String first = fires(b.getBean(JdbcClient.class), id).get(0).instance();
    double duplicates = duplicates(a) + duplicates(b);
    ConfigurableApplicationContext survivor = first.equals(instanceA) ? b : a;
    (survivor == a ? b : a).close();
    JdbcClient jdbc = survivor.getBean(JdbcClient.class);
    LaunchedRuns launcher = survivor.getBean(LaunchedRuns.class);
    String survivorId = survivor == a ? instanceA : instanceB;
    await()
        .atMost(Duration.ofSeconds(120))
        .until(
            () ->
                fires(jdbc, id).stream().filter(f -> f.instance().equals(survivorId)).count()
                    >= FIRES / 2);
    Session onSurvivor = survivor == a ? onA : onB;
    onSurvivor.post("/api/v1/schedules/" + id + "/pause", null).expect(200);
    // A fire may be between its Quartz trigger and its commit: wait until the two logs agree.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> fires(jdbc, id).size() == launcher.launchesOf(pipeline).size());

    List<Fire> fires = fires(jdbc, id);
    List<LaunchedRuns.Recorded> launches = launcher.launchesOf(pipeline);
    assertThat(fires).hasSizeGreaterThanOrEqualTo(FIRES);
    assertThat(fires).extracting(Fire::scheduledAt).doesNotHaveDuplicates().doesNotContainNull();
    assertThat(fires).extracting(Fire::runId).doesNotHaveDuplicates().doesNotContainNull();
    assertThat(fires).extracting(Fire::error).containsOnlyNulls();
    assertThat(new HashSet<>(fires.stream().map(Fire::runId).toList()))
        .isEqualTo(
            launches.stream()
                .map(LaunchedRuns.Recorded::runId)
                .collect(Collectors.toSet()));
    assertThat(launches)
        .extracting(LaunchedRuns.Recorded::trigger)
        .containsOnly("schedule");
    assertThat(duplicates + duplicates(survivor)).as("instants fired a second time").isZero();
    Map<String, Long> perInstance =
        fires.stream().collect(Collectors.groupingBy(Fire::instance, Collectors.counting()));
    System.out.println("Fires per instance: " + perInstance);
    assertThat(perInstance.keySet()).containsExactlyInAnyOrder(instanceA, instanceB);
  }

  private record Fire(Instant scheduledAt, UUID runId, String instance, String error) {}

  private static List<Fire> fires(JdbcClient jdbc, String scheduleId) {
    return jdbc.sql(
            "SELECT scheduled_at, run_id, instance, error FROM schedule_fires WHERE schedule_id ="
                + " :s")
        .param("s", UUID.fromString(scheduleId))
        .query(
            (rs, n) ->
                new Fire(
                    Sql.instant(rs, "scheduled_at"),
                    Sql.uuid(rs, "run_id"),
                    rs.getString("instance"),
                    rs.getString("error")))
        .list();
  }

  private static double duplicates(ConfigurableApplicationContext context) {
    var counter =
        context.getBean(MeterRegistry.class).find(ScheduleFirer.DUPLICATE_FIRES).counter();
    return counter == null ? 0 : counter.count();
  }

  private static String instanceId(ConfigurableApplicationContext context) {
    try {
      return context.getBean(org.quartz.Scheduler.class).getSchedulerInstanceId();
    } catch (org.quartz.SchedulerException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  private ConfigurableApplicationContext start(Path dataDir) {
    // Command-line arguments: they win over the system properties other tests may have set.
    return new SpringApplicationBuilder(ServerApp.class)
        .profiles("it")
        .run(
            "--server.port=0",
            "--dagg.db.url=" + database.jdbcUrl(),
            "--dagg.db.user=" + database.user(),
            "--dagg.data-dir=" + dataDir,
            "--dagg.jwt.secret=cluster-test-shared-secret-of-32-bytes-or-more",
            "--spring.datasource.hikari.maximum-pool-size=6",
            // Both instances look for due triggers every second (default 30 s), so they compete.
            "--spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000");
  }

}
