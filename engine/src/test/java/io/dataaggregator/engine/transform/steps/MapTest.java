package io.dataaggregator.engine.transform.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.transform.StepChain;
import io.dataaggregator.engine.transform.Steps;
import io.dataaggregator.engine.transform.TestData;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class MapTest {
  private final Batch flights = TestData.jsonAsText("flights-500.json");

  private static final String TARGET =
      """
      - map:
          target:
            departure: {type: timestamp, format: "yyyy/MM/dd HH:mm", required: true}
            origin_airport: {type: string, required: true}
            destination: string
            delay_minutes: int
            source_system: {type: string, default: bts}
          from: {departure: date, origin_airport: origin, delay_minutes: delay}
      """;

  @Test
  void mapsFlightsOntoATargetSchema() {
    StepChain chain = Steps.chain(TARGET, flights.schema());
    Batch out = chain.apply(flights);
    assertThat(out.schema().fields())
        .containsExactly(
            new Field("departure", DataType.TIMESTAMP, false),
            new Field("origin_airport", DataType.STRING, false),
            Field.of("destination", DataType.STRING),
            Field.of("delay_minutes", DataType.INT),
            Field.of("source_system", DataType.STRING));
    assertThat(out.rows().getFirst())
        .containsExactly(LocalDateTime.of(2001, 1, 1, 6, 55), "LAX", "BNA", -19, "bts");
    assertThat(out.size()).isEqualTo(500);
  }

  @Test
  void aRowThatDoesNotFitTheTargetIsRejected() {
    Batch cars = TestData.json("cars-300.json");
    Batch out =
        Steps.run(
            """
            - map:
                target: {model: string, mpg: {type: "decimal(4,1)", required: true}}
                from: {model: Name, mpg: Miles_per_Gallon}
            """,
            cars);
    assertThat(out.size()).isEqualTo(293);
    assertThat(out.rejections())
        .hasSize(7)
        .allSatisfy(r -> assertThat(r.reason()).isEqualTo("mpg is required but has no value"));
  }

  @Test
  void refusesTargetsNothingCanFill() {
    assertThatThrownBy(
            () ->
                Steps.chain(
                    """
                    - map: {target: {airline: {type: string, required: true}}}
                    """,
                    flights.schema()))
        .hasMessageContaining("target[0]: 'airline' is required but no input field maps to it")
        .hasMessageContaining("input fields are [date, delay, distance, origin, destination]");
    assertThatThrownBy(
            () ->
                Steps.chain(
                    """
                    - map: {target: {delay_minutes: int}, from: {delay_minutes: delay_mins}}
                    """,
                    flights.schema()))
        .hasMessageContaining("from[0].source: unknown field 'delay_mins'");
    assertThatThrownBy(
            () ->
                Steps.chain(
                    """
                    - map: {target: {delay_minutes: int}, from: {late: delay}}
                    """,
                    flights.schema()))
        .hasMessageContaining("from[0].target: 'late' is not a target field");
    assertThatThrownBy(
            () ->
                Steps.chain(
                    """
                    - map: {target: {n: {type: int, default: many}}}
                    """,
                    flights.schema()))
        .hasMessageContaining("target[0].default: 'many' is not a number");
  }
}
