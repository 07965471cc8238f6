package io.dataaggregator.connector.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.JsonText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextValuesTest {
  /** One value of each of the 12 types, as Java values. */
  static final List<Object> SAMPLES =
      List.of(
          true,
          42,
          9_000_000_000L,
          new BigDecimal("12345.67"),
          0.1,
          "a \"quoted\", multi\nline",
          LocalDate.of(2024, 2, 29),
          LocalTime.of(13, 45, 0, 123_000_000),
          LocalDateTime.of(2024, 3, 1, 0, 0),
          OffsetDateTime.of(2024, 3, 1, 12, 30, 15, 0, ZoneOffset.ofHours(-5)),
          new JsonText("{\"a\":[1,2,{\"b\":null}]}"));

  static final List<DataType> TYPES =
      List.of(
          DataType.BOOLEAN,
          DataType.INT,
          DataType.BIGINT,
          DataType.decimal(10, 2),
          DataType.DOUBLE,
          DataType.STRING,
          DataType.DATE,
          DataType.TIME,
          DataType.TIMESTAMP,
          DataType.TIMESTAMP_TZ,
          DataType.JSON);

  @Test
  void rendersEveryTypeToTextThatParsesBackToTheSameValue() {
    for (int i = 0; i < SAMPLES.size(); i++) {
      String text = TextValues.render(SAMPLES.get(i));
      assertThat(TextValues.parse(text, TYPES.get(i))).as(text).isEqualTo(SAMPLES.get(i));
    }
    byte[] bytes = {0, 1, (byte) 0xFF, 'x'};
    assertThat((byte[]) TextValues.parse(TextValues.render(bytes), DataType.BYTES))
        .isEqualTo(bytes);
  }

  @Test
  void rendersTimesWithSecondsAndDecimalsWithoutExponent() {
    assertThat(TextValues.render(LocalDateTime.of(2024, 1, 2, 3, 4)))
        .isEqualTo("2024-01-02T03:04:00");
    assertThat(TextValues.render(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(TextValues.render(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC)))
        .isEqualTo("2024-01-02T03:04:05Z");
  }

  @Test
  void parsesCommonSpellings() {
    assertThat(TextValues.parse(" YES ", DataType.BOOLEAN)).isEqualTo(true);
    assertThat(TextValues.parse("f", DataType.BOOLEAN)).isEqualTo(false);
    assertThat(TextValues.parse("-17", DataType.INT)).isEqualTo(-17);
    assertThat(TextValues.parse("1e3", DataType.DOUBLE)).isEqualTo(1000.0);
    assertThat(TextValues.parse("-0.000123", DataType.DOUBLE)).isEqualTo(-0.000123);
    assertThat(TextValues.parse("123456789012345678901", DataType.DOUBLE))
        .isEqualTo(1.2345678901234568E20);
    assertThat(TextValues.parse("2024-03-01 10:00:00.5", DataType.TIMESTAMP))
        .isEqualTo(LocalDateTime.of(2024, 3, 1, 10, 0, 0, 500_000_000));
    assertThat(TextValues.parse("2024-03-01 10:00:00+02", DataType.TIMESTAMP_TZ))
        .isEqualTo(OffsetDateTime.of(2024, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2)));
    assertThat(TextValues.parse("2024-03-01T10:00+0530", DataType.TIMESTAMP_TZ))
        .isEqualTo(OffsetDateTime.of(2024, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));
    assertThat((byte[]) TextValues.parse("\\x00ff", DataType.BYTES)).containsExactly(0, 0xFF);
    assertThat(TextValues.parse("  ", DataType.INT)).isNull();
    assertThat(TextValues.parse("  ", DataType.STRING)).isEqualTo("  ");
  }

  @Test
  void rejectsTextThatDoesNotFitNamingValueAndType() {
    assertThatThrownBy(() -> TextValues.parse("12x", DataType.INT))
        .isInstanceOf(BadValueException.class)
        .hasMessage("'12x' is not an int");
    assertThatThrownBy(() -> TextValues.parse("3000000000", DataType.INT))
        .hasMessage("'3000000000' is not an int");
    assertThatThrownBy(() -> TextValues.parse("1d", DataType.DOUBLE))
        .hasMessage("'1d' is not a double");
    assertThatThrownBy(() -> TextValues.parse("2024-02-30", DataType.DATE))
        .hasMessage("'2024-02-30' is not a date");
    assertThatThrownBy(() -> TextValues.parse("1.234", DataType.decimal(10, 2)))
        .hasMessage("'1.234' has more than 2 decimal places for decimal(10,2)");
    assertThatThrownBy(() -> TextValues.parse("123456789", DataType.decimal(5, 2)))
        .hasMessage("'123456789' is too large for decimal(5,2)");
    assertThatThrownBy(() -> TextValues.parse("{\"a\":", DataType.JSON))
        .hasMessage("'{\"a\":' is not a json");
    assertThatThrownBy(() -> TextValues.parse("maybe", DataType.BOOLEAN))
        .hasMessage("'maybe' is not a boolean");
  }

  @Test
  void guessesTheNarrowestTypeAndWidensAcrossValues() {
    assertThat(TypeGuess.of("12")).isEqualTo(DataType.INT);
    assertThat(TypeGuess.of("12345678901")).isEqualTo(DataType.BIGINT);
    assertThat(TypeGuess.of("00123")).isEqualTo(DataType.STRING);
    assertThat(TypeGuess.of("-1.5e3")).isEqualTo(DataType.DOUBLE);
    assertThat(TypeGuess.of("TRUE")).isEqualTo(DataType.BOOLEAN);
    assertThat(TypeGuess.of("2024-01-31")).isEqualTo(DataType.DATE);
    assertThat(TypeGuess.of("2024-01-31 10:00")).isEqualTo(DataType.TIMESTAMP);
    assertThat(TypeGuess.of("2024-01-31T10:00:00Z")).isEqualTo(DataType.TIMESTAMP_TZ);
    assertThat(TypeGuess.of("NaN")).isEqualTo(DataType.STRING);
    assertThat(TypeGuess.of("")).isNull();
    assertThat(TypeGuess.widen(DataType.INT, DataType.BIGINT)).isEqualTo(DataType.BIGINT);
    assertThat(TypeGuess.widen(DataType.INT, DataType.DOUBLE)).isEqualTo(DataType.DOUBLE);
    assertThat(TypeGuess.widen(DataType.DATE, DataType.TIMESTAMP)).isEqualTo(DataType.TIMESTAMP);
    assertThat(TypeGuess.widen(DataType.TIMESTAMP, DataType.TIMESTAMP_TZ))
        .isEqualTo(DataType.STRING);
    assertThat(TypeGuess.widen(DataType.BOOLEAN, DataType.INT)).isEqualTo(DataType.STRING);
    assertThat(TypeGuess.widen(null, DataType.DATE)).isEqualTo(DataType.DATE);
  }
}
