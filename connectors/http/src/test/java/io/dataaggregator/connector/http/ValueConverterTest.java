package io.dataaggregator.connector.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.JsonText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValueConverterTest {
  private static final JsonMapper EXACT =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static Object convert(String json, DataType type) throws ValueConverter.BadValue {
    JsonNode node = EXACT.readTree("{\"v\": " + json + "}").get("v");
    return ValueConverter.convert(node, type);
  }

  @Test
  void decimalsStayExact() throws Exception {
    assertThat(convert("0.1", DataType.decimal(10, 2))).isEqualTo(new BigDecimal("0.10"));
    assertThat(convert("\"12345678.99\"", DataType.decimal(10, 2))).isEqualTo(new BigDecimal("12345678.99"));
    assertThatThrownBy(() -> convert("1.005", DataType.decimal(10, 2)))
        .hasMessage("1.005 has more decimal places than decimal(10,2) keeps");
    assertThatThrownBy(() -> convert("123456789.5", DataType.decimal(10, 2)))
        .hasMessage("123456789.5 is too large for decimal(10,2)");
  }

  @Test
  void wholeNumbersRefuseFractions() throws Exception {
    assertThat(convert("12.0", DataType.BIGINT)).isEqualTo(12L);
    assertThat(convert("\"42\"", DataType.INT)).isEqualTo(42);
    assertThatThrownBy(() -> convert("4.5", DataType.BIGINT)).hasMessage("4.5 is not a whole number, so it does not fit bigint");
    assertThatThrownBy(() -> convert("3000000000", DataType.INT)).hasMessage("3000000000 is out of range for int");
  }

  @Test
  void timestampsKeepTheirOffsetOrSayWhyNot() throws Exception {
    assertThat(convert("\"2024-03-04T11:30:00.000+0000\"", DataType.TIMESTAMP_TZ))
        .isEqualTo(OffsetDateTime.parse("2024-03-04T11:30:00Z"));
    assertThat(convert("\"2024-03-04 11:30:00\"", DataType.TIMESTAMP)).isEqualTo(LocalDateTime.of(2024, 3, 4, 11, 30));
    assertThatThrownBy(() -> convert("\"2024-03-04T11:30:00\"", DataType.TIMESTAMP_TZ))
        .hasMessage("'2024-03-04T11:30:00' has no time zone offset; declare the field timestamp");
    assertThatThrownBy(() -> convert("\"2024-03-04T11:30:00Z\"", DataType.TIMESTAMP))
        .hasMessage("'2024-03-04T11:30:00Z' has a time zone offset; declare the field timestamp_tz");
    assertThat(convert("\"1970-01-01\"", DataType.DATE)).isEqualTo(LocalDate.EPOCH);
    assertThatThrownBy(() -> convert("\"yesterday\"", DataType.DATE)).hasMessage("'yesterday' is not a valid date");
  }

  @Test
  void stringsAndJsonTakeAnyValue() throws Exception {
    assertThat(convert("12.50", DataType.STRING)).isEqualTo("12.50");
    assertThat(convert("true", DataType.STRING)).isEqualTo("true");
    assertThat(convert("{\"a\": [1, 2]}", DataType.STRING)).isEqualTo("{\"a\":[1,2]}");
    assertThat(convert("\"text\"", DataType.JSON)).isEqualTo(new JsonText("\"text\""));
    assertThat(convert("null", DataType.JSON)).isNull();
    assertThat(convert("\"TRUE\"", DataType.BOOLEAN)).isEqualTo(true);
    assertThat(convert("\"aGk=\"", DataType.BYTES)).isEqualTo("hi".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
