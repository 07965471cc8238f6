package io.dataaggregator.engine.transform.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.config.InvalidConfigException;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.transform.Steps;
import io.dataaggregator.engine.transform.TestData;
import io.dataaggregator.engine.type.Batch;
import org.junit.jupiter.api.Test;

/** select, drop and rename on the cars data. */
class FieldStepsTest {
  private final Batch cars = TestData.json("cars-300.json");

  @Test
  void selectKeepsTheListedFieldsInTheirOrder() {
    Batch out = Steps.run("- select: [Origin, Name]", cars);
    assertThat(out.schema().names()).containsExactly("Origin", "Name");
    assertThat(out.rows().getFirst()).containsExactly("USA", "chevrolet chevelle malibu");
    assertThat(out.size()).isEqualTo(300);
  }

  @Test
  void selectOfAnUnknownFieldSaysWhichAndWhatExists() {
    assertThatThrownBy(() -> Steps.chain("- select: [Name, Horsepowr]", cars.schema()))
        .isInstanceOf(StepConfigException.class)
        .hasMessageContaining("step 1 (select): fields[1]: unknown field 'Horsepowr'")
        .hasMessageContaining("did you mean 'Horsepower'?")
        .extracting(e -> ((StepConfigException) e).field())
        .isEqualTo("transforms[0].fields[1]");
  }

  @Test
  void dropRemovesFieldsAndRefusesToDropThemAll() {
    Batch out = Steps.run("- drop: Year\n- drop: [Origin, Cylinders]", cars);
    assertThat(out.schema().names())
        .containsExactly(
            "Name",
            "Miles_per_Gallon",
            "Displacement",
            "Horsepower",
            "Weight_in_lbs",
            "Acceleration");
    assertThatThrownBy(() -> Steps.chain("- drop: " + cars.schema().names(), cars.schema()))
        .hasMessageContaining("dropping every field");
  }

  @Test
  void renameByMapAndBySnakeCaseRule() {
    Batch out = Steps.run("- rename: {Name: model}\n- rename: snake_case", cars);
    assertThat(out.schema().names())
        .containsExactly(
            "model",
            "miles_per_gallon",
            "cylinders",
            "displacement",
            "horsepower",
            "weight_in_lbs",
            "acceleration",
            "year",
            "origin");
    var chain = Steps.chain("- rename: snake_case", cars.schema());
    assertThat(chain.apply(cars).rows())
        .as("rename passes rows on untouched")
        .isSameAs(cars.rows());
    Batch upper = Steps.run("- rename: {fields: {Name: model}, rule: upper}", cars);
    assertThat(upper.schema().names()).startsWith("model", "MILES_PER_GALLON");
  }

  @Test
  void renameThatMakesTwoFieldsOneNameIsRefused() {
    assertThatThrownBy(() -> Steps.chain("- rename: {Name: Origin}", cars.schema()))
        .hasMessageContaining("same name 'Origin'");
    assertThatThrownBy(() -> Steps.chain("- rename: camel", cars.schema()))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("step 1 (rename)")
        .hasMessageContaining("rule");
    assertThatThrownBy(() -> Steps.chain("- rename: {Nme: model}", cars.schema()))
        .hasMessageContaining("unknown field 'Nme'");
  }
}
