package io.dataaggregator.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.server.auth.Role;
import io.dataaggregator.server.run.DestinationDb;
import io.dataaggregator.server.run.GatedApi;
import io.dataaggregator.server.run.Runs;
import io.dataaggregator.server.run.StoredPipelines;
import io.dataaggregator.server.testing.Api.Session;
import io.dataaggregator.server.testing.ServerIT;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The live WebSocket: who may connect, and what subscribers of runs and alerts receive. */
public abstract class LiveContract extends ServerIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aBadTokenIsRefusedAtTheHandshake() {
    assertThatThrownBy(() -> LiveClient.connect(port, "not-a-token"))
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(WebSocketHandshakeException.class)
        .satisfies(
            e ->
                assertThat(((WebSocketHandshakeException) e).getResponse().statusCode())
                    .isEqualTo(401));
  }

  @Test
  void withoutATokenNothingButAuthenticatingIsAccepted() throws Exception {
    try (LiveClient anonymous = LiveClient.connect(port, null)) {
      anonymous.send(Map.of("subscribe", "all"));
      assertThat(anonymous.awaitClose(WAIT)).isEqualTo(4001);
    }
    try (LiveClient forger = LiveClient.connect(port, null)) {
      forger.send(Map.of("accessToken", admin().token() + "x"));
      assertThat(forger.awaitClose(WAIT)).isEqualTo(4001);
    }
    try (LiveClient late = LiveClient.connect(port, null)) {
      Session viewer = loginAs(Role.VIEWER);
      late.send(Map.of("accessToken", viewer.token()));
      JsonNode welcome = late.await("welcome", WAIT, m -> "welcome".equals(type(m)));
      assertThat(welcome.get("username").asString()).isEqualTo(viewer.username());
      late.send(Map.of("subscribe", "all"));
      late.await("subscribed", WAIT, m -> "subscribed".equals(type(m)));
    }
  }

  @Test
  void aRunsSubscribersGetItsProgressLogLinesAndStatus() throws Exception {
    Session viewer = loginAs(Role.VIEWER);
    String table = uniqueName("live").replace('-', '_');
    try (GatedApi source = new GatedApi().holdFrom(1500);
        LiveClient everything = LiveClient.connect(port, loginAs(Role.EXECUTOR).token())) {
      everything.send(Map.of("subscribe", "all"));
      everything.await("subscribed", WAIT, m -> "subscribed".equals(type(m)));
      UUID pipeline =
          StoredPipelines.create(
              jdbc, table.replace('_', '-'), source.sourceYaml() + DestinationDb.yaml(table));
      UUID runId = Runs.trigger(admin(), pipeline);
      String run = runId.toString();
      everything.await("queued", WAIT, m -> status(m, run, "queued"));
      everything.await("running", WAIT, m -> status(m, run, "running"));
      source.awaitHeld();

      try (LiveClient one = LiveClient.connect(port, viewer.token())) {
        one.send(Map.of("subscribe", "run:" + run));
        one.await("subscribed", WAIT, m -> "subscribed".equals(type(m)));
        JsonNode progress =
            one.await("progress", WAIT, m -> "progress".equals(type(m)) && rowsRead(m) > 0);
        assertThat(progress.get("runId").asString()).isEqualTo(run);
        assertThat(progress.get("stream").asString()).isEqualTo("airports");
        assertThat(progress.get("rowsPerSecond").asDouble()).isPositive();
        assertThat(progress.has("etaSeconds")).isTrue();
        source.open();
        one.await(
            "a log line",
            WAIT,
            m -> "log".equals(type(m)) && m.get("message").asString().startsWith("done:"));
        JsonNode end = one.await("succeeded", WAIT, m -> status(m, run, "succeeded"));
        assertThat(end.get("rowsWritten").asLong()).isEqualTo(3376);
      }
      everything.await("succeeded", WAIT, m -> status(m, run, "succeeded"));
    }
  }

  @Test
  void subscriptionsNeedTheRightToSeeWhatTheyAskFor() throws Exception {
    try (LiveClient executive = LiveClient.connect(port, loginAs(Role.EXECUTIVE).token())) {
      executive.await("welcome", WAIT, m -> "welcome".equals(type(m)));
      executive.send(Map.of("subscribe", "run:" + UUID.randomUUID()));
      JsonNode error = executive.await("error", WAIT, m -> "error".equals(type(m)));
      assertThat(error.get("message").asString()).contains("RUNS_READ");
      executive.send(Map.of("subscribe", "all"));
      executive.await("error", WAIT, m -> "error".equals(type(m)));
      executive.send(Map.of("subscribe", "everything"));
      assertThat(
              executive
                  .await("error", WAIT, m -> "error".equals(type(m)))
                  .get("message")
                  .asString())
          .contains("unknown topic");
    }
  }

  @Test
  void alertsPublishedByAnyFeatureReachThoseWhoMaySeeAlerts() throws Exception {
    try (LiveClient executor = LiveClient.connect(port, loginAs(Role.EXECUTOR).token());
        LiveClient viewer = LiveClient.connect(port, loginAs(Role.VIEWER).token())) {
      for (LiveClient c : new LiveClient[] {executor, viewer}) {
        c.send(Map.of("subscribe", "all"));
        c.await("subscribed", WAIT, m -> "subscribed".equals(type(m)));
      }
      String marker = UUID.randomUUID().toString();
      events.publishEvent(LiveMessage.alert(null, Map.of("rule", "volume", "message", marker)));
      JsonNode alert = executor.await("alert", WAIT, m -> "alert".equals(type(m)));
      assertThat(alert.get("message").asString()).isEqualTo(marker);
      events.publishEvent(
          LiveMessage.aboutRun(LiveMessage.Kind.LOG, UUID.randomUUID(), Map.of("message", marker)));
      // The viewer may not see alerts: the next thing it gets is the run log line, not the alert.
      JsonNode next =
          viewer.await("anything", WAIT, m -> marker.equals(m.path("message").asString()));
      assertThat(type(next)).isEqualTo("log");
    }
  }

  @Test
  void aMessagePublishedInATransactionGoesOutOnceItCommitsAndNeverIfRolledBack() throws Exception {
    // A client told that a run ended loads the run again: it must read it ended. Whatever is
    // published meanwhile outside the transaction therefore reaches the client first.
    UUID run = UUID.randomUUID();
    try (LiveClient client = LiveClient.connect(port, loginAs(Role.VIEWER).token())) {
      client.send(Map.of("subscribe", "run:" + run));
      client.await("subscribed", WAIT, m -> "subscribed".equals(type(m)));
      TransactionTemplate tx = new TransactionTemplate(transactions);
      tx.executeWithoutResult(
          s -> {
            publishLine(run, "in the committed transaction");
            CompletableFuture.runAsync(() -> publishLine(run, "meanwhile, outside")).join();
          });
      assertThat(nextLine(client)).isEqualTo("meanwhile, outside");
      assertThat(nextLine(client)).isEqualTo("in the committed transaction");

      tx.executeWithoutResult(
          s -> {
            publishLine(run, "in the rolled back transaction");
            s.setRollbackOnly();
          });
      publishLine(run, "after the rollback");
      assertThat(nextLine(client)).isEqualTo("after the rollback");
    }
  }

  private void publishLine(UUID run, String message) {
    events.publishEvent(
        LiveMessage.aboutRun(LiveMessage.Kind.LOG, run, Map.of("message", message)));
  }

  private static String nextLine(LiveClient client) throws Exception {
    return client.await("a log line", WAIT, m -> "log".equals(type(m))).get("message").asString();
  }

  private static String type(JsonNode m) {
    return m.path("type").asString();
  }

  private static long rowsRead(JsonNode m) {
    return m.path("rowsRead").asLong();
  }

  private static boolean status(JsonNode m, String run, String status) {
    return "status".equals(type(m))
        && run.equals(m.path("runId").asString())
        && status.equals(m.path("status").asString());
  }
}
