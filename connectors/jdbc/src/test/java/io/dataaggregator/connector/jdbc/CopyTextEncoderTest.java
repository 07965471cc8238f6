package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.type.JsonText;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CopyTextEncoderTest {
  private static String encode(Object... row) throws BadValueException {
    var encoder = new CopyTextEncoder(4);
    encoder.row(row);
    return new String(encoder.buffer(), 0, encoder.length(), StandardCharsets.UTF_8);
  }

  @Test
  void separatesValuesWithTabsAndEndsRowsWithNewline() throws Exception {
    assertThat(encode(1, "a", true)).isEqualTo("1\ta\tt\n");
  }

  @Test
  void writesNullAsBackslashN() throws Exception {
    assertThat(encode(null, "x", null)).isEqualTo("\\N\tx\t\\N\n");
  }

  @Test
  void escapesTabNewlineCarriageReturnAndBackslash() throws Exception {
    assertThat(encode("a\tb\nc\rd\\e")).isEqualTo("a\\tb\\nc\\rd\\\\e\n");
  }

  @Test
  void keepsTheLiteralTextBackslashNDistinctFromNull() throws Exception {
    assertThat(encode("\\N")).isEqualTo("\\\\N\n");
  }

  @Test
  void encodesUnicodeAsUtf8IncludingCharactersOutsideTheBasicPlane() throws Exception {
    String text = "é€😀中";
    assertThat(encode(text)).isEqualTo(text + "\n");
  }

  @Test
  void refusesNulCharacterAndLeavesNothingOfTheRowInTheBuffer() throws Exception {
    var encoder = new CopyTextEncoder(16);
    encoder.row(new Object[] {"ok"});
    assertThatThrownBy(() -> encoder.row(new Object[] {"fine", "bad\0value"}))
        .isInstanceOf(BadValueException.class)
        .hasMessageContaining("NUL")
        .satisfies(e -> assertThat(((BadValueException) e).column()).isEqualTo(1));
    assertThat(new String(encoder.buffer(), 0, encoder.length(), StandardCharsets.UTF_8))
        .isEqualTo("ok\n");
  }

  @Test
  void writesNumbersExactly() throws Exception {
    assertThat(encode(-42, Long.MIN_VALUE, Long.MAX_VALUE, 0))
        .isEqualTo("-42\t-9223372036854775808\t9223372036854775807\t0\n");
    assertThat(encode(new BigDecimal("12345678901234567890.000000001"), new BigDecimal("1E+3")))
        .isEqualTo("12345678901234567890.000000001\t1000\n");
    assertThat(encode(0.1, Double.NaN, Double.NEGATIVE_INFINITY, 1e300))
        .isEqualTo("0.1\tNaN\t-Infinity\t1.0E300\n");
  }

  @Test
  void writesDatesTimesAndTimestampsInPostgresForm() throws Exception {
    assertThat(encode(LocalDate.of(2024, 2, 29), LocalTime.of(7, 5, 3, 120_000_000)))
        .isEqualTo("2024-02-29\t07:05:03.12\n");
    assertThat(encode(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6000)))
        .isEqualTo("2024-01-02 03:04:05.000006\n");
    assertThat(
            encode(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHoursMinutes(-5, -30))))
        .isEqualTo("2024-01-02 03:04:05-05:30\n");
  }

  @Test
  void writesYearsBeforeChristAndInfinity() throws Exception {
    assertThat(encode(LocalDate.of(0, 3, 1), LocalDate.of(-43, 3, 15)))
        .isEqualTo("0001-03-01 BC\t0044-03-15 BC\n");
    assertThat(encode(LocalDate.MAX, LocalDateTime.MIN)).isEqualTo("infinity\t-infinity\n");
  }

  @Test
  void writesBytesAsEscapedHexAndJsonAsEscapedText() throws Exception {
    assertThat(encode(new byte[] {0, 15, (byte) 0xff}, new JsonText("{\"a\":\"x\\ny\"}")))
        .isEqualTo("\\\\x000fff\t{\"a\":\"x\\\\ny\"}\n");
  }

  @Test
  void growsItsBufferForLongValues() throws Exception {
    String longText = "x".repeat(100_000);
    assertThat(encode(longText)).hasSize(100_001);
  }
}
