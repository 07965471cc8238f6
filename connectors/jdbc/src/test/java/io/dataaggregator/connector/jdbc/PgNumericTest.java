package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PgNumericTest {
  private static BigDecimal roundTrip(BigDecimal value) throws Exception {
    short[] words = PgNumeric.encode(value);
    byte[] bytes = new byte[words.length * 2];
    for (int i = 0; i < words.length; i++) {
      bytes[2 * i] = (byte) (words[i] >> 8);
      bytes[2 * i + 1] = (byte) words[i];
    }
    return (BigDecimal) PgBinaryValues.forType("numeric", 0).decode(bytes, 0, bytes.length);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "0.00",
        "1",
        "-1",
        "9999",
        "10000",
        "0.0001",
        "-0.00001",
        "12.5",
        "1E+12",
        "-123456789012345678901234567890.123456789012345678901",
        "0.000000000000000000000000000001",
        "99999999999999999999",
        "3.14159265358979323846"
      })
  void encodesWhatTheDecoderReadsBackIdentically(String text) throws Exception {
    BigDecimal value = new BigDecimal(text);
    BigDecimal expected = value.scale() < 0 ? value.setScale(0) : value;
    assertThat(roundTrip(value)).isEqualTo(expected);
  }

  @Test
  void writesBaseTenThousandDigitsWithWeightSignAndScale() {
    // 12345.678 = 1|2345 . 6780 -> weight 1, three digits, display scale 3
    assertThat(PgNumeric.encode(new BigDecimal("-12345.678")))
        .containsExactly(
            (short) 3, (short) 1, (short) 0x4000, (short) 3, (short) 1, (short) 2345, (short) 6780);
  }
}
