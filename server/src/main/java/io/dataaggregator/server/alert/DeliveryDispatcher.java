package io.dataaggregator.server.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers alerts by webhook and email. Every instance polls the delivery queue ({@link
 * DeliveryStore}) every {@code dagg.alerts.poll-interval} and when woken after an alert; each due
 * delivery is claimed by one instance and attempted on a virtual thread. A failed attempt is
 * retried after {@code backoff}, doubling up to {@code max-backoff}, until {@code max-attempts}.
 */
@Component
class DeliveryDispatcher implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration CLAIM = Duration.ofMinutes(2);

  private final DeliveryStore deliveries;
  private final AlertEventStore events;
  private final AlertRuleStore rules;
  private final WebhookSecrets secrets;
  private final WebhookSender webhooks;
  private final EmailSender emails;
  private final AlertProperties properties;
  private final Clock clock;
  private ScheduledExecutorService timer;
  private ExecutorService workers;

  DeliveryDispatcher(
      DeliveryStore deliveries,
      AlertEventStore events,
      AlertRuleStore rules,
      WebhookSecrets secrets,
      WebhookSender webhooks,
      EmailSender emails,
      AlertProperties properties,
      Clock clock) {
    this.deliveries = deliveries;
    this.events = events;
    this.rules = rules;
    this.secrets = secrets;
    this.webhooks = webhooks;
    this.emails = emails;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public synchronized void start() {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("alert-deliveries").factory());
    workers = Executors.newVirtualThreadPerTaskExecutor();
    long every = properties.pollInterval().toMillis();
    timer.scheduleWithFixedDelay(this::deliverDue, every, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    timer.shutdownNow();
    workers.shutdown();
    timer = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return timer != null;
  }

  /** Looks for due deliveries now rather than at the next poll. */
  synchronized void kick() {
    if (timer != null) {
      timer.execute(this::deliverDue);
    }
  }

  private void deliverDue() {
    try {
      Instant now = clock.instant();
      for (long id : deliveries.due(now, 50)) {
        deliveries
            .claim(id, now, now.plus(CLAIM))
            .ifPresent(d -> workers.execute(() -> attempt(d)));
      }
    } catch (RuntimeException e) {
      log.error("Could not look for alert deliveries", e); // next poll tries again
    }
  }

  private void attempt(DeliveryStore.Delivery d) {
    int attempts = d.attempts() + 1;
    try {
      AlertRaised alert =
          events.raised(d.eventId()).orElseThrow(() -> new IllegalStateException("alert deleted"));
      switch (d.channel()) {
        case "WEBHOOK" -> webhooks.send(d.target(), secretOf(alert), d.id(), body(alert));
        case "EMAIL" -> emails.send(d.target(), alert);
        default -> throw new IllegalStateException("unknown channel " + d.channel());
      }
      deliveries.sent(d.id(), attempts, clock.instant());
    } catch (Exception e) {
      String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      boolean giveUp = attempts >= properties.maxAttempts();
      Instant next = giveUp ? null : clock.instant().plus(properties.backoffAfter(attempts));
      log.warn(
          "Alert delivery {} ({}) attempt {} failed: {}", d.id(), d.channel(), attempts, error);
      deliveries.failed(d.id(), attempts, error, next);
    }
  }

  private String secretOf(AlertRaised alert) {
    return rules
        .find(alert.ruleId())
        .map(secrets::open)
        .orElseThrow(() -> new IllegalStateException("the rule was deleted; nothing to sign with"));
  }

  static byte[] body(AlertRaised alert) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "alert.raised");
    body.put("eventId", alert.eventId());
    body.put("ruleId", alert.ruleId());
    body.put("ruleName", alert.ruleName());
    body.put("pipelineId", alert.pipelineId());
    body.put("pipelineName", alert.pipelineName());
    body.put("runId", alert.runId());
    body.put("condition", alert.condition());
    body.put("message", alert.message());
    body.put("raisedAt", alert.raisedAt().toString());
    return JSON.writeValueAsBytes(body);
  }
}
