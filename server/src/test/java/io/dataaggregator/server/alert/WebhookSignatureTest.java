package io.dataaggregator.server.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  @Test
  void signatureIsHexHmacSha256OfTheBodyWithTheSecret() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    byte[] body = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
    assertThat(WebhookSender.signature("Jefe", body))
        .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void backoffDoublesUpToItsLimit() {
    AlertProperties p =
        new AlertProperties(null, Duration.ofSeconds(10), Duration.ofSeconds(60), null, null, null);
    assertThat(p.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(p.backoffAfter(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(p.backoffAfter(3)).isEqualTo(Duration.ofSeconds(40));
    assertThat(p.backoffAfter(4)).isEqualTo(Duration.ofSeconds(60));
    assertThat(p.maxAttempts()).isEqualTo(6);
  }
}
