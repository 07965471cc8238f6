package io.dataaggregator.engine.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.config.InvalidConfigException;
import io.dataaggregator.engine.type.Batch;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepChainTest {
  private final Batch flights = TestData.json("flights-500.json");

  @Test
  void heldRowsAreReleasedThroughTheStepsAfterAtTheEnd() {
    StepChain chain =
        Steps.chain(
            """
            - deduplicate: {key: origin, keep: last}
            - derive: {late: "delay > 15"}
            - filter: "late"
            """,
            flights.schema());
    assertThat(chain.apply(flights).rows()).isEmpty();
    Batch end = chain.finish();
    assertThat(end.schema().names()).endsWith("late");
    assertThat(TestData.column(end, "late")).isNotEmpty().containsOnly(true);
    var counts = chain.counts();
    assertThat(counts.get(0).rowsOut()).isEqualTo(counts.get(1).rowsIn());
    assertThat(counts.get(2).rowsOut()).isEqualTo(end.size());
    for (StepCounts c : counts) {
      assertThat(c.rowsIn() + c.produced())
          .isEqualTo(c.rowsOut() + c.rejected() + c.filtered() + c.held());
    }
  }

  @Test
  void rejectionsOfEveryStepTravelToTheEnd() {
    Batch cars = TestData.json("cars-300.json");
    StepChain chain =
        Steps.chain(
            """
            - validate: {Miles_per_Gallon: {not_null: true}}
            - derive: {hp_per_cylinder: "Horsepower / Cylinders"}
            - select: [Name, hp_per_cylinder]
            """,
            cars.schema());
    Batch out = chain.apply(cars);
    assertThat(out.rejections()).hasSize(7 + 2);
    assertThat(chain.counts()).extracting(StepCounts::rejected).containsExactly(7L, 2L, 0L);
    assertThat(out.size()).isEqualTo(291);
  }

  @Test
  void namesTheStepAndSettingOfABadConfig() {
    assertThatThrownBy(
            () ->
                Steps.chain(
                    """
                    - rename: {origin: origin_airport}
                    - cast: {delay: int, distance: {type: integer32}}
                    """,
                    flights.schema()))
        .isInstanceOf(StepConfigException.class)
        .hasMessageStartingWith("step 2 (cast): fields[1].type: unknown type 'integer32'")
        .extracting(e -> ((StepConfigException) e).field())
        .isEqualTo("transforms[1].fields[1].type");
    assertThatThrownBy(() -> Steps.links("- pivot: {x: y}"))
        .hasMessageContaining(
            "step 1: unknown transform 'pivot'; transforms are [cast, deduplicate");
    assertThatThrownBy(() -> Steps.links("- filter: x > 1\n  rename: snake_case"))
        .hasMessageContaining("write a step as one id and its settings");
    assertThatThrownBy(() -> Steps.links("- deduplicate: {key: [date], keep: first, sorted: true}"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("step 1 (deduplicate) is invalid")
        .hasMessageContaining("sorted: is not a known setting");
  }

  @Test
  void aStepWrittenWithoutSettingsNamesWhatIsMissing() {
    assertThatThrownBy(() -> Steps.links("- select:"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("step 1 (select) is invalid")
        .hasMessageContaining("fields: is required");
  }

  @Test
  void anEmptyChainPassesBatchesThrough() {
    StepChain chain = StepChain.build(List.of(), flights.schema(), StepContext.of("flights"));
    assertThat(chain.apply(flights)).isSameAs(flights);
    assertThat(chain.output()).isEqualTo(flights.schema());
    assertThat(chain.finish().rows()).isEmpty();
  }
}
