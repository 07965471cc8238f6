package io.dataaggregator.engine.transform.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.transform.Steps;
import io.dataaggregator.engine.transform.TestData;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CastTest {
  private final Batch flightsText = TestData.jsonAsText("flights-500.json");
  private final Batch cars = TestData.json("cars-300.json");

  @Test
  void castsFlightTextToNumbersAndTimestampsWithAFormat() {
    Batch out =
        Steps.run(
            """
            - cast:
                delay: int
                distance: bigint
                date: {type: timestamp, format: "yyyy/MM/dd HH:mm"}
            """,
            flightsText);
    assertThat(out.rejections()).isEmpty();
    assertThat(out.schema().field(0)).isEqualTo(Field.of("date", DataType.TIMESTAMP));
    assertThat(out.rows().getFirst())
        .containsExactly(LocalDateTime.of(2001, 1, 1, 6, 55), -19, 1797L, "LAX", "BNA");
  }

  @Test
  void aValueThatDoesNotFitTheFormatRejectsItsRowNeverNull() {
    Batch out = Steps.run("- cast: {date: {type: date, format: yyyy-MM-dd}}", flightsText);
    assertThat(out.rows()).isEmpty();
    assertThat(out.rejections()).hasSize(500);
    var first = out.rejections().getFirst();
    assertThat(first.field()).isEqualTo("date");
    assertThat(first.reason())
        .isEqualTo(
            "cannot cast date to date: '2001/01/01 06:55' is not a date in the format"
                + " 'yyyy-MM-dd'");
    assertThat(first.raw()).startsWith("{\"date\":\"2001/01/01 06:55\",\"delay\":\"-19\"");
    assertThat(first.stream()).isEqualTo("test");
  }

  @Test
  void readsTimestampsWithoutZoneInTheGivenZone() {
    Batch out =
        Steps.run(
            """
            - cast: {date: {type: timestamp_tz, format: "yyyy/MM/dd HH:mm", time_zone: America/Los_Angeles}}
            """,
            flightsText);
    assertThat(out.rows().getFirst()[0])
        .isEqualTo(OffsetDateTime.of(2001, 1, 1, 6, 55, 0, 0, ZoneOffset.ofHours(-8)));
    Batch noZone =
        Steps.run(
            "- cast: {date: {type: timestamp_tz, format: \"yyyy/MM/dd HH:mm\"}}", flightsText);
    assertThat(noZone.rejections().getFirst().reason()).contains("set time_zone");
  }

  @Test
  void decimalsKeepTheirScaleAndRefuseToRound() {
    Batch out = Steps.run("- cast: {Acceleration: \"decimal(4,1)\"}", cars);
    assertThat(out.rows().get(1)[6]).isEqualTo(new BigDecimal("11.5"));
    Batch whole = Steps.run("- cast: {Acceleration: \"decimal(3,0)\"}", cars);
    assertThat(whole.rejections()).isNotEmpty();
    assertThat(whole.rejections().getFirst().reason())
        .isEqualTo(
            "cannot cast Acceleration to decimal(3,0): '11.5' has more than 0 decimal places for"
                + " decimal(3,0)");
    assertThat(whole.size() + whole.rejections().size()).isEqualTo(300);
  }

  @Test
  void decimalTextWithEuropeanSeparators() {
    Schema schema = Schema.of(Field.of("amount", DataType.STRING));
    Batch in = new Batch(schema, List.of(new Object[] {"1.234,50"}, new Object[] {"12,5x"}));
    Batch out =
        Steps.run(
            """
            - cast: {amount: {type: "decimal(10,2)", decimal_separator: ",", grouping_separator: "."}}
            """,
            in);
    assertThat(out.rows().getFirst()[0]).isEqualTo(new BigDecimal("1234.50"));
    assertThat(out.rejections().getFirst().reason()).contains("'12,5x' is not a number");
  }

  @Test
  void booleansFromYesAndOneAndY() {
    Schema schema = Schema.of(Field.of("flag", DataType.STRING));
    Batch in =
        new Batch(
            schema,
            List.of(
                new Object[] {"yes"},
                new Object[] {"Y"},
                new Object[] {"1"},
                new Object[] {"no"},
                new Object[] {"perhaps"},
                new Object[] {" "}));
    Batch out = Steps.run("- cast: {flag: boolean}", in);
    assertThat(TestData.column(out, "flag")).containsExactly(true, true, true, false, null);
    assertThat(out.rejections())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("'perhaps' is not a boolean"));
    Batch custom =
        Steps.run(
            "- cast: {flag: {type: boolean, true_values: [perhaps], empty_as_null: false}}", in);
    // yes, Y and 1 are no longer true; the blank is no longer null
    assertThat(custom.rejections()).hasSize(4);
    assertThat(TestData.column(custom, "flag")).containsExactly(false, true);
  }

  @Test
  void datesAreStrictAndNumbersMustFit() {
    Batch years = Steps.run("- cast: {Year: date}", cars);
    assertThat(years.rows().getFirst()[7]).isEqualTo(LocalDate.of(1970, 1, 1));
    Schema schema = Schema.of(Field.of("d", DataType.STRING), Field.of("n", DataType.STRING));
    Batch in =
        new Batch(
            schema,
            List.of(new Object[] {"2001-02-30", "1"}, new Object[] {"2001-02-28", "99999999999"}));
    Batch out = Steps.run("- cast: {d: date, n: int}", in);
    assertThat(out.rows()).isEmpty();
    assertThat(out.rejections())
        .extracting(r -> r.reason())
        .containsExactly(
            "cannot cast d to date: '2001-02-30' is not a date in the format ISO date",
            "cannot cast n to int: '99999999999' does not fit an int (-2147483648..2147483647)");
  }

  @Test
  void epochMillisOfEarthquakesBecomeTimestamps() {
    Batch quakes =
        Steps.run(
            """
            - flatten: {properties: {time: bigint}}
            - cast: {properties_time: {type: timestamp_tz, format: epoch_millis}}
            """,
            TestData.json("earthquakes-60.json"));
    assertThat(quakes.rows().getFirst()[quakes.schema().require("properties_time")])
        .isEqualTo(OffsetDateTime.parse("2018-02-07T01:26:13.840Z"));
  }

  @Test
  void impossibleCastsAndBadSettingsFailWhenTheStepIsMade() {
    assertThatThrownBy(
            () -> Steps.chain("- cast: {Year: date}\n- cast: {Year: int}", cars.schema()))
        .isInstanceOf(StepConfigException.class)
        .hasMessage(
            "step 2 (cast): fields[0]: cannot cast date to int"
                + " (dates and timestamps cast to each other and string)");
    assertThatThrownBy(() -> Steps.chain("- cast: {Name: integer32}", cars.schema()))
        .hasMessageContaining("fields[0].type: unknown type 'integer32'");
    assertThatThrownBy(
            () ->
                Steps.chain(
                    "- cast: {Year: {type: date, format: yyyy-MM-dd-Q-ppp}}", cars.schema()))
        .hasMessageContaining("is not a date/time pattern");
    assertThatThrownBy(
            () ->
                Steps.chain(
                    "- cast: {Year: {type: timestamp_tz, time_zone: Mars/Olympus}}", cars.schema()))
        .hasMessageContaining("'Mars/Olympus' is not a time zone");
    assertThatThrownBy(() -> Steps.chain("- cast: {Cylinders: timestamp}", cars.schema()))
        .hasMessageContaining("epoch_seconds or epoch_millis");
    assertThatThrownBy(
            () -> Steps.chain("- cast: {Year: date}\n- cast: {Year: timestamp_tz}", cars.schema()))
        .hasMessageContaining("casting date to timestamp_tz needs time_zone");
  }
}
