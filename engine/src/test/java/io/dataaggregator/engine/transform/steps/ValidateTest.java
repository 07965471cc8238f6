package io.dataaggregator.engine.transform.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.transform.StepChain;
import io.dataaggregator.engine.transform.Steps;
import io.dataaggregator.engine.transform.TestData;
import io.dataaggregator.engine.transform.TransformErrorCode;
import io.dataaggregator.engine.type.Batch;
import org.junit.jupiter.api.Test;

class ValidateTest {
  private final Batch cars = TestData.json("cars-300.json");

  @Test
  void rejectsTheCarsWithoutMileage() {
    Batch out = Steps.run("- validate: {Miles_per_Gallon: {not_null: true}}", cars);
    assertThat(out.size()).isEqualTo(293);
    assertThat(out.rejections())
        .hasSize(7)
        .allSatisfy(
            r -> {
              assertThat(r.field()).isEqualTo("Miles_per_Gallon");
              assertThat(r.reason()).isEqualTo("Miles_per_Gallon is null");
            });
  }

  @Test
  void regexRangeOneOfAndLengthOnRealValues() {
    Batch out =
        Steps.run(
            """
            - validate:
                Origin: {one_of: [USA, Europe]}
                Name: {regex: "^[a-z0-9 .'-]+$", length: {max: 30}}
                Horsepower: {range: {min: 50, max: 200}}
                Year: {range: {min: "1970-01-01", max: "1975-12-31"}}
            """,
            cars);
    assertThat(out.rejections()).isNotEmpty();
    assertThat(out.rejections())
        .extracting(r -> r.reason())
        .anyMatch(r -> r.startsWith("Origin 'Japan' is not one of [USA, Europe]"))
        .anyMatch(r -> r.matches("Horsepower '\\d+' is outside 50\\.\\.200.*"))
        .anyMatch(r -> r.contains("Year '1976-01-01' is outside 1970-01-01..1975-12-31"))
        .anyMatch(r -> r.matches("Name has \\d+ characters, allowed 0\\.\\.30.*"));
    for (Object[] row : out.rows()) {
      assertThat(row[8]).isNotEqualTo("Japan");
      assertThat((String) row[0]).hasSizeLessThanOrEqualTo(30);
    }
    assertThat(out.size() + out.rejections().size()).isEqualTo(300);
  }

  @Test
  void uniqueWithinTheRunRejectsRepeatsAcrossBatches() {
    StepChain chain = Steps.chain("- validate: {Name: {unique: true}}", cars.schema());
    Batch first = chain.apply(cars);
    assertThat(first.rejections()).hasSize(72);
    assertThat(first.rejections().getFirst().reason()).endsWith("is not unique in this run");
    Batch again = chain.apply(cars);
    assertThat(again.rows()).isEmpty();
  }

  @Test
  void warnPassesRowsAndCountsThem() {
    StepChain chain =
        Steps.chain("- validate: {Horsepower: {not_null: true, action: warn}}", cars.schema());
    Batch out = chain.apply(cars);
    assertThat(out.size()).isEqualTo(300);
    assertThat(out.rejections()).isEmpty();
    assertThat(chain.counts().getFirst().warnings()).isEqualTo(2);
  }

  @Test
  void failStopsTheRunWithTheReason() {
    StepChain chain =
        Steps.chain(
            "- validate: {rules: [{field: Horsepower, not_null: true, action: fail}]}",
            cars.schema());
    assertThatThrownBy(() -> chain.apply(cars))
        .isInstanceOf(ConnectorException.class)
        .hasMessage("validate: Horsepower is null (the rule's action is fail, so the run stops)")
        .extracting(e -> ((ConnectorException) e).errorCode())
        .isEqualTo(TransformErrorCode.VALIDATION_FAILED);
  }

  @Test
  void refusesRulesThatCannotApply() {
    assertThatThrownBy(() -> Steps.chain("- validate: {Name: {regex: \"([a-z\"}}", cars.schema()))
        .hasMessageContaining("rules[0].regex: '([a-z' is not a regular expression");
    assertThatThrownBy(
            () -> Steps.chain("- validate: {Horsepower: {regex: \"^1\"}}", cars.schema()))
        .hasMessageContaining("regex checks text; 'Horsepower' is bigint");
    assertThatThrownBy(
            () -> Steps.chain("- validate: {Horsepower: {range: {min: lots}}}", cars.schema()))
        .hasMessageContaining("'lots' is not a number");
    assertThatThrownBy(
            () ->
                Steps.chain(
                    "- cast: {Year: date}\n- validate: {Year: {range: {min: yesterday}}}",
                    cars.schema()))
        .hasMessageContaining("step 2 (validate): rules[0].range.min: 'yesterday' is not a date");
    assertThatThrownBy(() -> Steps.chain("- validate: {Weight: {not_null: true}}", cars.schema()))
        .hasMessageContaining("unknown field 'Weight'");
    assertThatThrownBy(
            () -> Steps.chain("- validate: {Name: {not_null: true, action: shout}}", cars.schema()))
        .hasMessageContaining("action");
  }
}
