package io.dataaggregator.server.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dataaggregator.server.auth.Role;
import io.dataaggregator.server.run.RunCompleted;
import io.dataaggregator.server.secret.SecretCipher;
import io.dataaggregator.server.testing.Api.Reply;
import io.dataaggregator.server.testing.Api.Session;
import io.dataaggregator.server.testing.ServerIT;
import io.dataaggregator.server.testing.TestPipelines;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Alert rules and alerts over HTTP, evaluated on finished runs; webhook delivery. */
public abstract class AlertsApiContract extends ServerIT {
  private static final String SECRET = "a-webhook-secret-of-some-length";

  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired AlertRaisedRecorder inApp;

  Session executor;

  @BeforeEach
  void executor() {
    executor = loginAs(Role.EXECUTOR);
  }

  @Test
  void aFailedRunRaisesAnAlertInAppThatIsAcknowledgedOnce() {
    UUID pipeline = TestPipelines.create(jdbc, "fails");
    String rule = createRule(rule("failures", pipeline, "RUN_FAILED"));
    RunCompleted failed = run(pipeline, "failed", 0, 5);
    events.publishEvent(failed);
    events.publishEvent(run(pipeline, "succeeded", 10, 5));

    JsonNode items = alertsOf(pipeline);
    assertThat(items.size()).isEqualTo(1);
    JsonNode alert = items.get(0);
    assertThat(alert.get("ruleId").asString()).isEqualTo(rule);
    assertThat(alert.get("runId").asString()).isEqualTo(failed.runId().toString());
    assertThat(alert.get("message").asString()).contains("failed: connection refused");
    assertThat(alert.get("acknowledged").asBoolean()).isFalse();
    assertThat(inApp.raised())
        .anySatisfy(e -> assertThat(e.eventId().toString()).isEqualTo(alert.get("id").asString()));

    String ack = "/api/v1/alerts/events/" + alert.get("id").asString() + "/ack";
    Reply acked = executor.post(ack, null).expect(200);
    assertThat(acked.text("acknowledgedBy")).isEqualTo(executor.username());
    assertThat(acked.text("acknowledgedAt")).isNotBlank();
    assertThat(admin().post(ack, null).expect(200).text("acknowledgedBy"))
        .isEqualTo(executor.username());
    assertThat(
            executor
                .get("/api/v1/alerts/events?acknowledged=false&pipelineId=" + pipeline)
                .expect(200)
                .body()
                .get("total")
                .asLong())
        .isZero();
    executor
        .post("/api/v1/alerts/events/" + UUID.randomUUID() + "/ack", null)
        .expectProblem(404, null);
  }

  @Test
  void thresholdsOnRowsAndDurationRaiseAlertsOnlyWhenCrossed() {
    UUID pipeline = TestPipelines.create(jdbc, "volume");
    createRule(with(rule("too few", pipeline, "ROWS_UNDER"), "threshold", 100));
    createRule(with(rule("too slow", pipeline, "DURATION_OVER"), "threshold", 60));
    events.publishEvent(run(pipeline, "succeeded", 150, 10));
    assertThat(alertsOf(pipeline).size()).isZero();
    events.publishEvent(run(pipeline, "succeeded", 50, 10));
    events.publishEvent(run(pipeline, "succeeded", 500, 120));
    List<String> messages = alertsOf(pipeline).findValuesAsString("message");
    assertThat(messages).hasSize(2);
    assertThat(messages)
        .anySatisfy(m -> assertThat(m).contains("wrote 50 rows, under the minimum of 100"));
    assertThat(messages)
        .anySatisfy(m -> assertThat(m).contains("took 2m 0s, over the limit of 1m 0s"));
  }

  @Test
  void anAnomalyIsARunFarFromTheRecentOnes() {
    UUID pipeline = TestPipelines.create(jdbc, "anomaly");
    Map<String, Object> rule = rule("odd volume", pipeline, "ANOMALY");
    rule.put("deviations", 3);
    rule.put("minSamples", 5);
    createRule(rule);
    for (long rows : new long[] {1000, 1010, 990, 1005, 995}) {
      events.publishEvent(run(pipeline, "succeeded", rows, 10));
    }
    events.publishEvent(run(pipeline, "succeeded", 1003, 10));
    assertThat(alertsOf(pipeline).size()).isZero();
    events.publishEvent(run(pipeline, "succeeded", 5000, 10));
    List<String> messages = alertsOf(pipeline).findValuesAsString("message");
    assertThat(messages)
        .singleElement()
        .satisfies(
            m ->
                assertThat(m)
                    .contains("wrote 5,000 rows")
                    .contains("the last 6 successful runs")
                    .contains("more than 3 standard deviations"));
  }

  @Test
  void rulesAreCheckedAndNeverShowTheirSecret() {
    UUID pipeline = TestPipelines.create(jdbc, "rules");
    executor
        .post("/api/v1/alerts/rules", rule("x", pipeline, "ROWS_UNDER"))
        .expectProblem(400, "threshold");
    executor
        .post("/api/v1/alerts/rules", rule("x", UUID.randomUUID(), "RUN_FAILED"))
        .expectProblem(400, "pipelineId");
    executor
        .post("/api/v1/alerts/rules", rule("x", pipeline, "SOMETIMES"))
        .expectProblem(400, "condition");
    executor
        .post(
            "/api/v1/alerts/rules",
            with(rule("x", pipeline, "RUN_FAILED"), "webhookUrl", "http://127.0.0.1:9/h"))
        .expectProblem(400, "webhookSecret");
    executor
        .post(
            "/api/v1/alerts/rules",
            with(rule("x", pipeline, "RUN_FAILED"), "webhookUrl", "ftp://x/y"))
        .expectProblem(400, "webhookUrl");
    executor
        .post(
            "/api/v1/alerts/rules",
            with(rule("x", pipeline, "RUN_FAILED"), "emails", List.of("not-an-address")))
        .expectProblem(400, "emails[0]");
    executor
        .post("/api/v1/alerts/rules", with(rule("x", pipeline, "RUN_FAILED"), "inApp", false))
        .expectProblem(400, "inApp");

    Map<String, Object> hooked = rule("hooked", pipeline, "RUN_FAILED");
    hooked.put("webhookUrl", "http://127.0.0.1:9/hook");
    hooked.put("webhookSecret", SECRET);
    Reply created = executor.post("/api/v1/alerts/rules", hooked).expect(201);
    assertThat(created.raw()).doesNotContain(SECRET).doesNotContain(SecretCipher.PREFIX);
    assertThat(created.body().get("webhookSecretSet").asBoolean()).isTrue();
    String sealed = storedSecret(created.text("id"));
    assertThat(sealed).startsWith(SecretCipher.PREFIX).doesNotContain(SECRET);
    hooked.remove("webhookSecret");
    hooked.put("name", "renamed");
    Reply replaced = executor.put("/api/v1/alerts/rules/" + created.text("id"), hooked).expect(200);
    assertThat(replaced.body().get("webhookSecretSet").asBoolean()).isTrue();
    assertThat(storedSecret(created.text("id"))).isEqualTo(sealed);
    assertThat(replaced.text("name")).isEqualTo("renamed");
    assertThat(executor.get("/api/v1/alerts/rules?pipelineId=" + pipeline).expect(200).raw())
        .contains("renamed")
        .doesNotContain(SECRET)
        .doesNotContain(SecretCipher.PREFIX);
    executor.delete("/api/v1/alerts/rules/" + created.text("id")).expect(204);
    executor.get("/api/v1/alerts/rules/" + created.text("id")).expectProblem(404, null);
  }

  @Test
  void aWebhookIsSignedAndRetriedUntilTheReceiverTakesIt() throws Exception {
    UUID pipeline = TestPipelines.create(jdbc, "hook");
    try (WebhookReceiver receiver = new WebhookReceiver(500, 200)) {
      Map<String, Object> rule = rule("to the hook", pipeline, "RUN_FAILED");
      rule.put("webhookUrl", receiver.url());
      rule.put("webhookSecret", SECRET);
      createRule(rule);
      RunCompleted failed = run(pipeline, "failed", 0, 3);
      events.publishEvent(failed);

      await().atMost(Duration.ofSeconds(30)).until(() -> receiver.calls().size() >= 2);
      List<WebhookReceiver.Call> calls = receiver.calls();
      assertThat(calls).extracting(WebhookReceiver.Call::answered).startsWith(500, 200);
      for (WebhookReceiver.Call call : calls) {
        assertThat(call.header("X-Dagg-Signature"))
            .isEqualTo("sha256=" + hmac(SECRET, call.body()));
      }
      assertThat(calls.get(1).header("X-Dagg-Delivery"))
          .isEqualTo(calls.get(0).header("X-Dagg-Delivery"));
      JsonNode body =
          tools.jackson.databind.json.JsonMapper.builder().build().readTree(calls.get(1).body());
      assertThat(body.get("runId").asString()).isEqualTo(failed.runId().toString());
      assertThat(body.get("type").asString()).isEqualTo("alert.raised");

      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> "SENT".equals(delivery(pipeline).get("status").asString()));
      JsonNode delivery = delivery(pipeline);
      assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
      assertThat(delivery.get("target").asString()).doesNotContain("token");
    }
  }

  @Test
  void aWebhookSecretIsStoredSealedAndStillSignsDeliveries() throws Exception {
    UUID pipeline = TestPipelines.create(jdbc, "sealed");
    try (WebhookReceiver receiver = new WebhookReceiver(200)) {
      Map<String, Object> rule = rule("sealed hook", pipeline, "RUN_FAILED");
      rule.put("webhookUrl", receiver.url());
      rule.put("webhookSecret", SECRET);
      String id = createRule(rule);
      assertThat(storedSecret(id)).startsWith(SecretCipher.PREFIX).doesNotContain(SECRET);
      events.publishEvent(run(pipeline, "failed", 0, 3));

      await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.calls().isEmpty());
      WebhookReceiver.Call call = receiver.calls().get(0);
      assertThat(call.header("X-Dagg-Signature")).isEqualTo("sha256=" + hmac(SECRET, call.body()));
      assertThat(new String(call.body(), StandardCharsets.UTF_8))
          .doesNotContain(SECRET)
          .doesNotContain(SecretCipher.PREFIX);
    }
  }

  @Test
  void aWebhookSecretCopiedToAnotherRuleDoesNotSignAndTheDeliverySaysWhy() throws Exception {
    UUID pipeline = TestPipelines.create(jdbc, "copied");
    try (WebhookReceiver receiver = new WebhookReceiver(200)) {
      Map<String, Object> other = rule("other", TestPipelines.create(jdbc, "other"), "RUN_FAILED");
      other.put("webhookUrl", "http://127.0.0.1:9/unused");
      other.put("webhookSecret", SECRET);
      String otherId = createRule(other);
      Map<String, Object> rule = rule("target", pipeline, "RUN_FAILED");
      rule.put("webhookUrl", receiver.url());
      rule.put("webhookSecret", "another-secret-of-enough-length");
      String id = createRule(rule);
      // Sealed for the other rule: someone with write access to the store copies it over.
      jdbc.sql("UPDATE alert_rules SET webhook_secret = :s WHERE id = :id")
          .param("s", storedSecret(otherId))
          .param("id", UUID.fromString(id))
          .update();
      events.publishEvent(run(pipeline, "failed", 0, 3));

      await()
          .atMost(Duration.ofSeconds(30))
          .ignoreExceptions()
          .until(() -> delivery(pipeline).path("lastError").asString("").contains("decrypt"));
      assertThat(receiver.calls()).isEmpty();
      assertThat(delivery(pipeline).get("lastError").asString()).doesNotContain(SECRET);
    }
  }

  private String storedSecret(String ruleId) {
    return jdbc.sql("SELECT webhook_secret FROM alert_rules WHERE id = :id")
        .param("id", UUID.fromString(ruleId))
        .query(String.class)
        .single();
  }

  private JsonNode delivery(UUID pipeline) {
    return alertsOf(pipeline).get(0).get("deliveries").get(0);
  }

  private String createRule(Map<String, Object> rule) {
    return executor.post("/api/v1/alerts/rules", rule).expect(201).text("id");
  }

  private JsonNode alertsOf(UUID pipeline) {
    return executor
        .get("/api/v1/alerts/events?pipelineId=" + pipeline)
        .expect(200)
        .body()
        .get("items");
  }

  static Map<String, Object> rule(String name, UUID pipeline, String condition) {
    Map<String, Object> rule = new HashMap<>();
    rule.put("name", name);
    rule.put("pipelineId", pipeline);
    rule.put("condition", condition);
    return rule;
  }

  static Map<String, Object> with(Map<String, Object> rule, String key, Object value) {
    rule.put(key, value);
    return rule;
  }

  RunCompleted run(UUID pipeline, String status, long rowsWritten, long seconds) {
    Instant end = Instant.now();
    return new RunCompleted(
        UUID.randomUUID(),
        pipeline,
        TestPipelines.name(jdbc, pipeline),
        status,
        rowsWritten,
        rowsWritten,
        0,
        0,
        rowsWritten * 100,
        end.minusSeconds(seconds),
        end,
        "failed".equals(status) ? "connection refused" : "");
  }

  static String hmac(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return java.util.HexFormat.of().formatHex(mac.doFinal(body));
  }
}
