package io.dataaggregator.server.alert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * POSTs an alert as JSON to a webhook. The body is signed: header {@code X-Dagg-Signature: sha256=}
 * followed by the lower-case hex HMAC-SHA256 of the exact body bytes, keyed with the rule's secret
 * (UTF-8). Receivers recompute it and compare in constant time. {@code X-Dagg-Delivery} names the
 * delivery, the same on retries, so receivers can drop duplicates.
 */
@Component
class WebhookSender {
  static final String SIGNATURE_HEADER = "X-Dagg-Signature";

  private final HttpClient http;
  private final AlertProperties properties;

  WebhookSender(AlertProperties properties) {
    this.properties = properties;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(properties.webhookTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Sends the body; throws when the receiver does not answer 2xx. */
  void send(String url, String secret, long deliveryId, byte[] body) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(properties.webhookTimeout())
            .header("Content-Type", "application/json")
            .header("User-Agent", "DataAggregator-Alerts")
            .header("X-Dagg-Event", "alert.raised")
            .header("X-Dagg-Delivery", Long.toString(deliveryId))
            .header(SIGNATURE_HEADER, signature(secret, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while calling the webhook", e);
    }
    if (response.statusCode() / 100 != 2) {
      String answer = response.body() == null ? "" : response.body();
      throw new IOException(
          "the webhook answered HTTP "
              + response.statusCode()
              + (answer.isBlank()
                  ? ""
                  : ": " + answer.substring(0, Math.min(200, answer.length()))));
    }
  }

  /** {@code sha256=<hex of HMAC-SHA256(secret, body)>}. */
  static String signature(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
