package io.dataaggregator.engine.transform.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  private static String of(Object... values) {
    var f = new Fingerprint().reset();
    for (Object v : values) {
      f.add(v);
    }
    return f.high + ":" + f.low;
  }

  @Test
  void equalTemporalValuesShareAFingerprint() {
    var t = LocalDateTime.of(2001, 1, 1, 0, 1);
    assertThat(of(t, "LAS")).isEqualTo(of(LocalDateTime.parse("2001-01-01T00:01:00"), "LAS"));
    assertThat(of(LocalDate.of(2024, 2, 29))).isEqualTo(of(LocalDate.parse("2024-02-29")));
    assertThat(of(LocalTime.NOON)).isEqualTo(of(LocalTime.of(12, 0)));
  }

  @Test
  void oneInstantAtTwoOffsetsIsOneValue() {
    var utc = OffsetDateTime.of(2024, 1, 31, 12, 0, 0, 0, ZoneOffset.UTC);
    assertThat(of(utc)).isEqualTo(of(utc.withOffsetSameInstant(ZoneOffset.ofHours(2))));
    assertThat(of(utc)).isNotEqualTo(of(utc.withOffsetSameLocal(ZoneOffset.ofHours(2))));
  }

  @Test
  void differentValuesAndTypesDiffer() {
    var t = LocalDateTime.of(2001, 1, 1, 0, 1);
    assertThat(of(t)).isNotEqualTo(of(t.plusNanos(1000)));
    assertThat(of(t)).isNotEqualTo(of(t.toLocalDate()));
    assertThat(of(LocalDate.ofEpochDay(5))).isNotEqualTo(of(5L));
    assertThat(of(LocalTime.ofNanoOfDay(5))).isNotEqualTo(of(5L));
    assertThat(of(t.atOffset(ZoneOffset.UTC))).isNotEqualTo(of(t));
    assertThat(of("a", "bc")).isNotEqualTo(of("ab", "c"));
  }

  @Test
  void decimalsEqualAsNumbersShareAFingerprint() {
    assertThat(of(new BigDecimal("1.0"))).isEqualTo(of(new BigDecimal("1.00")));
    assertThat(of(new BigDecimal("0.00"))).isEqualTo(of(BigDecimal.ZERO));
  }
}
