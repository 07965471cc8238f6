package io.dataaggregator.connector.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.JsonText;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The JSON type mapping, both ways: engine value -> JSON text -> engine value. */
class TypeMappingTest {
  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of(DataType.BOOLEAN, true, "true"),
        Arguments.of(DataType.INT, -2147483648, "-2147483648"),
        Arguments.of(DataType.BIGINT, 9223372036854775807L, "9223372036854775807"),
        Arguments.of(DataType.decimal(38, 10), new BigDecimal("1234567890123456789012345678.0123456789"),
            "1234567890123456789012345678.0123456789"),
        Arguments.of(DataType.decimal(10, 2), new BigDecimal("0.10"), "0.10"),
        Arguments.of(DataType.DOUBLE, 0.1, "0.1"),
        Arguments.of(DataType.DOUBLE, Double.NaN, "\"NaN\""),
        Arguments.of(DataType.DOUBLE, Double.NEGATIVE_INFINITY, "\"-Infinity\""),
        Arguments.of(DataType.STRING, "zürich \"quoted\" \n", "\"zürich \\\"quoted\\\" \\n\""),
        Arguments.of(DataType.DATE, LocalDate.of(1969, 12, 31), "\"1969-12-31\""),
        Arguments.of(DataType.TIME, LocalTime.of(23, 59, 58, 123_456_789), "\"23:59:58.123456789\""),
        Arguments.of(DataType.TIMESTAMP, LocalDateTime.of(2024, 2, 29, 12, 0), "\"2024-02-29T12:00\""),
        Arguments.of(DataType.TIMESTAMP_TZ, OffsetDateTime.of(2024, 2, 29, 12, 0, 1, 0, ZoneOffset.ofHours(-5)),
            "\"2024-02-29T12:00:01-05:00\""),
        Arguments.of(DataType.BYTES, new byte[] {0, -1, 42}, "\"AP8q\""),
        Arguments.of(DataType.JSON, new JsonText("{\"a\":[1,2.50,null],\"b\":{\"c\":\"d\"}}"),
            "{\"a\":[1,2.50,null],\"b\":{\"c\":\"d\"}}"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("table")
  void writesJsonAndReadsTheSameValueBack(DataType type, Object value, String json) {
    assertThat(write(value)).isEqualTo(json);
    assertThat(JsonValues.read(JsonValues.MAPPER.readTree(json), type)).isEqualTo(value);
  }

  @Test
  void nullAndAbsentAreNullForEveryType() {
    assertThat(write(null)).isEqualTo("null");
    assertThat(JsonValues.read(JsonValues.MAPPER.readTree("null"), DataType.INT)).isNull();
    assertThat(JsonValues.read(null, DataType.DATE)).isNull();
  }

  @Test
  void readsLenientInputsProducersCommonlySend() {
    assertThat(read("\"42\"", DataType.BIGINT)).isEqualTo(42L);
    assertThat(read("\"TRUE\"", DataType.BOOLEAN)).isEqualTo(true);
    assertThat(read("7.0", DataType.INT)).isEqualTo(7);
    assertThat(read("1.5", DataType.decimal(10, 2))).isEqualTo(new BigDecimal("1.50"));
    assertThat(read("1709208000000", DataType.TIMESTAMP_TZ))
        .isEqualTo(OffsetDateTime.of(2024, 2, 29, 12, 0, 0, 0, ZoneOffset.UTC));
    assertThat(read("\"2024-02-29 12:00:00\"", DataType.TIMESTAMP)).isEqualTo(LocalDateTime.of(2024, 2, 29, 12, 0));
    assertThat(read("12", DataType.STRING)).isEqualTo("12");
    assertThat(read("{\"x\":1}", DataType.STRING)).isEqualTo("{\"x\":1}");
  }

  @Test
  void refusesValuesThatDoNotFitSayingWhatWasExpected() {
    assertThatThrownBy(() -> read("1.005", DataType.decimal(10, 2)))
        .hasMessageStartingWith("expected decimal(10,2), found 1.005");
    assertThatThrownBy(() -> read("123456789.5", DataType.decimal(5, 1)))
        .hasMessageContaining("too many digits before the decimal point");
    assertThatThrownBy(() -> read("2147483648", DataType.INT)).hasMessageStartingWith("expected int");
    assertThatThrownBy(() -> read("\"yes\"", DataType.BOOLEAN)).hasMessageContaining("not true or false");
    assertThatThrownBy(() -> read("\"31/12/2024\"", DataType.DATE)).hasMessageStartingWith("expected date");
    assertThatThrownBy(() -> read("[1]", DataType.DOUBLE)).hasMessageStartingWith("expected double");
  }

  private static Object read(String json, DataType type) {
    return JsonValues.read(JsonValues.MAPPER.readTree(json), type);
  }

  private static String write(Object value) {
    var out = new ByteArrayOutputStream();
    try (var g = JsonValues.MAPPER.createGenerator(out)) {
      JsonValues.write(g, value);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
