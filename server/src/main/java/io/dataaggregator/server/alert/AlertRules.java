package io.dataaggregator.server.alert;

import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.pipeline.PipelineDefinitions;
import io.dataaggregator.server.system.ApiException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/** Alert rules: checks requests (400s naming the field) and stores them. */
@Service
class AlertRules {
  private final AlertRuleStore store;
  private final WebhookSecrets secrets;
  private final PipelineDefinitions pipelines;
  private final ObjectProvider<JavaMailSender> mail;
  private final Clock clock;

  AlertRules(
      AlertRuleStore store,
      WebhookSecrets secrets,
      PipelineDefinitions pipelines,
      ObjectProvider<JavaMailSender> mail,
      Clock clock) {
    this.store = store;
    this.secrets = secrets;
    this.pipelines = pipelines;
    this.mail = mail;
    this.clock = clock;
  }

  AlertRule create(CurrentUser me, AlertRuleRequest r) {
    Instant now = clock.instant();
    AlertRule rule = check(r, UUID.randomUUID(), null, me.username(), now, now);
    store.insert(rule);
    return rule;
  }

  AlertRule replace(UUID id, AlertRuleRequest r) {
    AlertRule old = get(id);
    AlertRule rule =
        check(r, id, old.sealedWebhookSecret(), old.createdBy(), old.createdAt(), clock.instant());
    store.update(rule);
    return rule;
  }

  void delete(UUID id) {
    if (!store.delete(id)) {
      throw ApiException.notFound("Alert rule", id);
    }
  }

  AlertRule get(UUID id) {
    return store.find(id).orElseThrow(() -> ApiException.notFound("Alert rule", id));
  }

  List<AlertRule> list(UUID pipelineId) {
    return store.list(pipelineId);
  }

  private AlertRule check(
      AlertRuleRequest r,
      UUID id,
      String keptSealedSecret,
      String createdBy,
      Instant createdAt,
      Instant now) {
    if (r.pipelineId() != null && pipelines.current(r.pipelineId()).isEmpty()) {
      throw ApiException.invalid("pipelineId", "no pipeline has this id");
    }
    String url = webhookUrl(r.webhookUrl());
    String secret = null;
    if (url != null) {
      secret =
          r.webhookSecret() != null
              ? secrets.seal(id, r.webhookSecret())
              : secrets.keep(id, keptSealedSecret);
    }
    if (url != null && secret == null) {
      throw ApiException.invalid(
          "webhookSecret",
          "is needed with webhookUrl (at least 16 characters): the receiver checks the"
              + " X-Dagg-Signature header with it");
    }
    List<String> emails = r.emails() == null ? List.of() : List.copyOf(r.emails());
    if (!emails.isEmpty() && mail.getIfAvailable() == null) {
      throw ApiException.invalid(
          "emails", "this server cannot send email: its administrator must set spring.mail.host");
    }
    boolean inApp = r.inApp() == null || r.inApp();
    if (!inApp && url == null && emails.isEmpty()) {
      throw ApiException.invalid(
          "inApp", "the rule must alert somewhere: in-app, webhook or email");
    }
    return new AlertRule(
        id,
        r.name().trim(),
        r.pipelineId(),
        condition(r),
        inApp,
        url,
        secret,
        emails,
        r.enabled() == null || r.enabled(),
        createdBy,
        createdAt,
        now);
  }

  private static AlertCondition condition(AlertRuleRequest r) {
    return switch (r.condition()) {
      case RUN_FAILED -> new AlertCondition.RunFailed();
      case DURATION_OVER -> new AlertCondition.DurationOver(threshold(r, 1, "seconds"));
      case ROWS_UNDER -> new AlertCondition.RowsUnder(threshold(r, 0, "rows"));
      case ROWS_OVER -> new AlertCondition.RowsOver(threshold(r, 0, "rows"));
      case ANOMALY -> anomaly(r);
    };
  }

  private static AlertCondition.Anomaly anomaly(AlertRuleRequest r) {
    double k = r.deviations() == null ? 3 : r.deviations();
    if (!(k > 0 && k <= 100)) {
      throw ApiException.invalid("deviations", "must be more than 0 and at most 100");
    }
    int size = r.sampleSize() == null ? 20 : r.sampleSize();
    if (size < 2 || size > 1000) {
      throw ApiException.invalid("sampleSize", "must be between 2 and 1000");
    }
    int min = r.minSamples() == null ? Math.min(5, size) : r.minSamples();
    if (min < 2 || min > size) {
      throw ApiException.invalid("minSamples", "must be between 2 and sampleSize (" + size + ")");
    }
    AlertCondition.Metric metric =
        r.metric() == null ? AlertCondition.Metric.ROWS_WRITTEN : r.metric();
    return new AlertCondition.Anomaly(metric, k, size, min);
  }

  private static long threshold(AlertRuleRequest r, long min, String unit) {
    if (r.threshold() == null) {
      throw ApiException.invalid("threshold", "is needed for " + r.condition() + " (" + unit + ")");
    }
    if (r.threshold() < min) {
      throw ApiException.invalid("threshold", "must be at least " + min + " " + unit);
    }
    return r.threshold();
  }

  private static String webhookUrl(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(text.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw ApiException.invalid("webhookUrl", "must be an http or https URL with a host");
      }
      return uri.toString();
    } catch (URISyntaxException e) {
      throw ApiException.invalid("webhookUrl", "is not a URL: " + e.getReason());
    }
  }
}
