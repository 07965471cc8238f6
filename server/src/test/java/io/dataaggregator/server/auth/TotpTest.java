package io.dataaggregator.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {
  // RFC 6238 appendix B, SHA-1 key.
  private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void matchesTheRfc6238TestVectors(long seconds, String expected) {
    assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(seconds)), 8))
        .isEqualTo(expected);
  }

  @Test
  void acceptsTheNeighbouringStepsButNotOlderOnesOrReplays() {
    String secret = Base32.encode(RFC_KEY);
    Instant now = Instant.ofEpochSecond(1_111_111_111L);
    long step = Totp.step(now);
    String current = Totp.code(RFC_KEY, step, 6);
    assertThat(Totp.verify(secret, current, now, null)).hasValue(step);
    assertThat(Totp.verify(secret, Totp.code(RFC_KEY, step - 1, 6), now, null)).hasValue(step - 1);
    assertThat(Totp.verify(secret, Totp.code(RFC_KEY, step + 1, 6), now, null)).hasValue(step + 1);
    assertThat(Totp.verify(secret, Totp.code(RFC_KEY, step - 2, 6), now, null)).isEmpty();
    assertThat(Totp.verify(secret, current, now, step)).isEmpty();
    assertThat(Totp.verify(secret, "12345", now, null)).isEmpty();
    assertThat(Totp.verify(secret, null, now, null)).isEmpty();
  }

  @Test
  void base32RoundTripsAndMatchesRfc4648() {
    assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(new String(Base32.decode("mzxw6ytboi"), StandardCharsets.US_ASCII))
        .isEqualTo("foobar");
    assertThat(Base32.decode(Totp.newSecret())).hasSize(20);
  }

  @Test
  void otpauthUriNamesIssuerAccountAndParameters() {
    assertThat(Totp.uri("Data Aggregator", "ann", "ABC"))
        .isEqualTo(
            "otpauth://totp/Data%20Aggregator:ann?secret=ABC&issuer=Data%20Aggregator"
                + "&algorithm=SHA1&digits=6&period=30");
  }
}
