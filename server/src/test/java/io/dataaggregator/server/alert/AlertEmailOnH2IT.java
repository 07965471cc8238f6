package io.dataaggregator.server.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.dataaggregator.server.auth.Role;
import io.dataaggregator.server.run.RunCompleted;
import io.dataaggregator.server.testing.OnH2;
import io.dataaggregator.server.testing.ServerIT;
import io.dataaggregator.server.testing.TestPipelines;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Alerts by email through a real SMTP server (GreenMail) in this JVM on a free port, configured the
 * way an administrator does: {@code spring.mail.host} and {@code spring.mail.port}. Email does not
 * depend on the store, so it runs on H2 only (its own server: the mail settings differ).
 */
@OnH2
class AlertEmailOnH2IT extends ServerIT {
  private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  static {
    SMTP.start();
  }

  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    registry.add("dagg.alerts.mail-from", () -> "alerts@dagg.example.org");
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }

  @Test
  void aFailedRunIsMailedToEveryRecipientOfTheRule() throws Exception {
    UUID pipeline = TestPipelines.create(jdbc, "mailed");
    String name = TestPipelines.name(jdbc, pipeline);
    loginAs(Role.EXECUTOR)
        .post(
            "/api/v1/alerts/rules",
            Map.of(
                "name",
                "nightly load failed",
                "pipelineId",
                pipeline,
                "condition",
                "RUN_FAILED",
                "emails",
                List.of("ops@example.org", "oncall@example.org")))
        .expect(201);
    Instant end = Instant.now();
    UUID runId = UUID.randomUUID();
    events.publishEvent(
        new RunCompleted(
            runId, pipeline, name, "failed", 5, 0, 0, 0, 0, end.minusSeconds(3), end, "disk full"));

    await().atMost(Duration.ofSeconds(30)).until(() -> SMTP.getReceivedMessages().length >= 2);
    MimeMessage mail = SMTP.getReceivedMessages()[0];
    assertThat(mail.getSubject()).isEqualTo("[Data Aggregator] nightly load failed: " + name);
    assertThat(mail.getFrom()[0].toString()).isEqualTo("alerts@dagg.example.org");
    assertThat(((String) mail.getContent())).contains("disk full").contains(runId.toString());
    assertThat(SMTP.getReceivedMessages())
        .extracting(m -> m.getAllRecipients()[0].toString())
        .containsExactlyInAnyOrder("ops@example.org", "oncall@example.org");

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                admin()
                    .get("/api/v1/alerts/events?pipelineId=" + pipeline)
                    .body()
                    .findValuesAsString("status")
                    .equals(List.of("SENT", "SENT")));
  }
}
