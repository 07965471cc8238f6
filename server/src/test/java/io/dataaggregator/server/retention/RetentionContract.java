package io.dataaggregator.server.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.auth.Role;
import io.dataaggregator.server.system.Sql;
import io.dataaggregator.server.testing.Api.Session;
import io.dataaggregator.server.testing.ServerIT;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Retention: the settings that say how long runs, alerts and audit entries are kept, and the purge
 * that deletes what is older, in batches (the test profile's batch size is 2), on one instance at a
 * time. Rows are written straight into the store with old timestamps.
 */
public abstract class RetentionContract extends ServerIT {
  private static final Instant LONG_AGO = Instant.now().minus(Duration.ofDays(400));
  private static final Instant RECENTLY = Instant.now().minus(Duration.ofDays(10));

  @Autowired JdbcClient jdbc;
  @Autowired RetentionPurger purger;
  @Autowired PurgeRounds rounds;

  @AfterEach
  void backToDefaults() {
    jdbc.sql("DELETE FROM system_settings WHERE name LIKE 'retention.%'").update();
  }

  @Test
  void retentionSettingsAreSystemSettingsInWholeDaysThatOnlyAdminsChange() {
    Session admin = admin();
    JsonNode settings = admin.get("/api/v1/settings").expect(200).body();
    assertThat(defaultOf(settings, "retention.runs-days")).isEqualTo("90");
    assertThat(defaultOf(settings, "retention.alert-events-days")).isEqualTo("90");
    assertThat(defaultOf(settings, "retention.audit-days")).isEqualTo("365");

    for (String bad : List.of("-1", "ninety", "36501", "1.5", "")) {
      admin
          .put("/api/v1/settings/retention.runs-days", Map.of("value", bad))
          .expectProblem(400, "value");
    }
    assertThat(
            admin
                .put("/api/v1/settings/retention.runs-days", Map.of("value", " 30 "))
                .expect(200)
                .text("value"))
        .isEqualTo("30");
    loginAs(Role.DESIGNER)
        .put("/api/v1/settings/retention.runs-days", Map.of("value", "1"))
        .expectProblem(403, null);
  }

  @Test
  void oldFinishedRunsGoWithTheirLogsRejectionsAndLedgersWhileQueuedAndRunningOnesStay() {
    UUID oldSucceeded = run("succeeded", LONG_AGO, LONG_AGO);
    UUID oldFailed = run("failed", LONG_AGO, LONG_AGO);
    UUID oldCancelled = run("cancelled", LONG_AGO, LONG_AGO);
    // Queued and running long ago, held out of the workers' reach: the running one heartbeats
    // "until tomorrow" and holds its pipeline's slot, so the queued one of the same pipeline waits.
    UUID pipeline = UUID.randomUUID();
    UUID running = run("running", pipeline, LONG_AGO, null, Instant.now().plusSeconds(86_400));
    jdbc.sql("INSERT INTO run_slots (pipeline_id, run_id, taken_at) VALUES (:p, :r, :at)")
        .param("p", pipeline)
        .param("r", running)
        .param("at", Sql.ts(LONG_AGO))
        .update();
    UUID queued = run("queued", pipeline, LONG_AGO, null, null);
    UUID recent = run("succeeded", RECENTLY, RECENTLY);

    purger.purgeAllNow();

    for (UUID gone : List.of(oldSucceeded, oldFailed, oldCancelled)) {
      assertThat(rowsOf(gone)).as("rows of " + gone).containsOnly(0L);
    }
    for (UUID kept : List.of(queued, running, recent)) {
      assertThat(rowsOf(kept)).as("rows of " + kept).containsExactly(1L, 3L, 2L, 1L);
    }
    Session admin = admin();
    admin.get("/api/v1/runs/" + oldSucceeded).expectProblem(404, null);
    assertThat(admin.get("/api/v1/runs/" + queued).expect(200).text("status")).isEqualTo("queued");
    assertThat(admin.get("/api/v1/runs/" + recent + "/logs").expect(200).raw()).contains("line 3");

    jdbc.sql("DELETE FROM run_slots WHERE pipeline_id = :p").param("p", pipeline).update();
    jdbc.sql("UPDATE runs SET status = 'cancelled', finished_at = :at WHERE pipeline_id = :p")
        .param("at", Sql.ts(LONG_AGO))
        .param("p", pipeline)
        .update();
    purger.purgeAllNow(); // no longer queued or running: now they go
    assertThat(rowsOf(queued)).containsOnly(0L);
    assertThat(rowsOf(running)).containsOnly(0L);
  }

  @Test
  void runsOlderThanAChangedSettingGoAtTheNextPurge() {
    UUID recent = run("succeeded", RECENTLY, RECENTLY);
    purger.purgeAllNow();
    assertThat(rowsOf(recent).getFirst()).isEqualTo(1);

    admin().put("/api/v1/settings/retention.runs-days", Map.of("value", "5")).expect(200);
    purger.purgeAllNow();
    assertThat(rowsOf(recent)).containsOnly(0L);
  }

  @Test
  void oldAlertsGoWithTheirDeliveries() {
    UUID old = alert(LONG_AGO);
    UUID recent = alert(RECENTLY);

    purger.purgeAllNow();

    assertThat(count("alert_events WHERE id = :id", old)).isZero();
    assertThat(count("alert_deliveries WHERE event_id = :id", old)).isZero();
    assertThat(count("alert_events WHERE id = :id", recent)).isOne();
    assertThat(count("alert_deliveries WHERE event_id = :id", recent)).isEqualTo(2);
  }

  @Test
  void auditEntriesAreKeptForeverWithZeroDaysAndTheirPurgeIsItselfAudited() {
    Session admin = admin();
    String marker = uniqueName("ancient");
    long old = auditEntry(marker, LONG_AGO);
    long recent = auditEntry(marker, RECENTLY);

    admin.put("/api/v1/settings/retention.audit-days", Map.of("value", "0")).expect(200);
    purger.purgeAllNow();
    assertThat(count("audit_log WHERE id = :id", old)).isOne();

    admin.put("/api/v1/settings/retention.audit-days", Map.of("value", "365")).expect(200);
    purger.purgeAllNow();
    assertThat(count("audit_log WHERE id = :id", old)).isZero();
    assertThat(count("audit_log WHERE id = :id", recent)).isOne();
    JsonNode purge =
        admin
            .get("/api/v1/audit?user=retention&action=purge&size=1")
            .expect(200)
            .body()
            .get("items")
            .get(0);
    assertThat(purge.get("targetType").asString()).isEqualTo("audit");
    assertThat(purge.get("summary").asString())
        .startsWith("deleted ")
        .contains("(retention.audit-days = 365)");
  }

  @Test
  void ofInstancesAskingAtOnceExactlyOneClaimsARound() throws Exception {
    String purge = "test-" + UUID.randomUUID();
    Instant now = Instant.now();
    Instant next = now.plus(Duration.ofHours(1));
    int instances = 4;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> claims = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(instances)) {
      for (int i = 0; i < instances; i++) {
        String instance = "instance-" + i;
        Callable<Boolean> claim =
            () -> {
              start.await();
              return rounds.claim(purge, now, next, instance);
            };
        claims.add(pool.submit(claim));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> claim : claims) {
        won += claim.get() ? 1 : 0;
      }
      assertThat(won).isOne();
    }
    assertThat(rounds.claim(purge, now.plusSeconds(60), next, "late")).isFalse();
    Instant later = next.plusSeconds(1);
    assertThat(rounds.claim(purge, later, later.plus(Duration.ofHours(1)), "next")).isTrue();
  }

  /** Counts of the run's rows in runs, run_logs, run_rejections and run_streams. */
  private List<Long> rowsOf(UUID run) {
    return List.of(
        count("runs WHERE id = :id", run),
        count("run_logs WHERE run_id = :id", run),
        count("run_rejections WHERE run_id = :id", run),
        count("run_streams WHERE run_id = :id", run));
  }

  private long count(String fromWhere, Object id) {
    return jdbc.sql("SELECT COUNT(*) FROM " + fromWhere).param("id", id).query(Long.class).single();
  }

  private UUID run(String status, Instant queued, Instant finished) {
    return run(status, UUID.randomUUID(), queued, finished, null);
  }

  /** A run with 3 log lines, 2 kept rejected rows and one stream. */
  private UUID run(
      String status, UUID pipeline, Instant queued, Instant finished, Instant heartbeat) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO runs (id, pipeline_id, pipeline_name, pipeline_version, status,"
                + " run_trigger, started_by, cursor_from, cursor_to, queued_at, started_at,"
                + " finished_at, attempt, cancel_requested, rows_read, rows_written,"
                + " rows_rejected, rows_filtered, rows_produced, bytes_read, heartbeat_at) VALUES"
                + " (:id, :p, 'retention-test', 1, :status, 'manual', 'test', '', '', :queued,"
                + " :queued, :finished, 1, FALSE, 3, 1, 2, 0, 1, 100, :heartbeat)")
        .param("id", id)
        .param("p", pipeline)
        .param("heartbeat", Sql.ts(heartbeat))
        .param("status", status)
        .param("queued", Sql.ts(queued))
        .param("finished", Sql.ts(finished))
        .update();
    jdbc.sql(
            "INSERT INTO run_streams (run_id, stream, table_name, status, resumed, rows_read,"
                + " rows_written, rows_rejected, rows_filtered, rows_produced, bytes_read,"
                + " started_at, finished_at) VALUES (:id, 'flights', 'flights', :status, FALSE,"
                + " 3, 1, 2, 0, 1, 100, :queued, :finished)")
        .param("id", id)
        .param("status", status)
        .param("queued", Sql.ts(queued))
        .param("finished", Sql.ts(finished))
        .update();
    for (int line = 1; line <= 3; line++) {
      jdbc.sql(
              "INSERT INTO run_logs (run_id, logged_at, log_level, stream, message)"
                  + " VALUES (:id, :at, 'INFO', 'flights', :message)")
          .param("id", id)
          .param("at", Sql.ts(queued))
          .param("message", "line " + line)
          .update();
    }
    for (int row = 1; row <= 2; row++) {
      jdbc.sql(
              "INSERT INTO run_rejections (run_id, stream, row_position, field_name, reason,"
                  + " raw_input) VALUES (:id, 'flights', :row, 'delay', 'not a number', 'x')")
          .param("id", id)
          .param("row", row)
          .update();
    }
    return id;
  }

  /** An alert with two deliveries. */
  private UUID alert(Instant raised) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO alert_events (id, rule_id, rule_name, pipeline_id, pipeline_name, run_id,"
                + " condition_type, message, raised_at) VALUES (:id, :rule, 'old rule', :p,"
                + " 'retention-test', :run, 'RUN_FAILED', 'it failed', :at)")
        .param("id", id)
        .param("rule", UUID.randomUUID())
        .param("p", UUID.randomUUID())
        .param("run", UUID.randomUUID())
        .param("at", Sql.ts(raised))
        .update();
    for (String channel : List.of("WEBHOOK", "EMAIL")) {
      jdbc.sql(
              "INSERT INTO alert_deliveries (event_id, channel, target, status, attempts,"
                  + " next_attempt_at) VALUES (:id, :channel, 'somewhere', 'SENT', 1, :at)")
          .param("id", id)
          .param("channel", channel)
          .param("at", Sql.ts(raised))
          .update();
    }
    return id;
  }

  private long auditEntry(String summary, Instant at) {
    jdbc.sql(
            "INSERT INTO audit_log (occurred_at, username, action, summary)"
                + " VALUES (:at, 'someone', 'create', :summary)")
        .param("at", Sql.ts(at))
        .param("summary", summary)
        .update();
    return jdbc.sql("SELECT MAX(id) FROM audit_log WHERE summary = :summary")
        .param("summary", summary)
        .query(Long.class)
        .single();
  }

  private static String defaultOf(JsonNode settings, String name) {
    for (JsonNode s : settings) {
      if (name.equals(s.get("name").asString())) {
        assertThat(s.get("description").asString()).isNotBlank();
        return s.get("defaultValue").asString();
      }
    }
    throw new AssertionError(name + " is not among the settings: " + settings);
  }
}
