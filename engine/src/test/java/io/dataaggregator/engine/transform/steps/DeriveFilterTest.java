package io.dataaggregator.engine.transform.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.transform.StepChain;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.transform.Steps;
import io.dataaggregator.engine.transform.TestData;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import org.junit.jupiter.api.Test;

class DeriveFilterTest {
  private final Batch cars = TestData.json("cars-300.json");

  @Test
  void deriveAddsTypedFieldsAndLaterOnesSeeEarlierOnes() {
    Batch out =
        Steps.run(
            """
            - derive:
                power_to_weight: "double(Horsepower) / double(Weight_in_lbs)"
                heavy: "Weight_in_lbs > 3600"
                label: "Name.upperAscii() + (heavy ? ' (heavy)' : '')"
            """,
            Steps.run("- filter: \"Horsepower != null\"", cars));
    assertThat(out.schema().field(9).type()).isEqualTo(DataType.DOUBLE);
    assertThat(out.schema().field(10).type()).isEqualTo(DataType.BOOLEAN);
    assertThat(out.schema().field(11).type()).isEqualTo(DataType.STRING);
    Object[] first = out.rows().getFirst();
    assertThat((Double) first[9])
        .isCloseTo(130.0 / 3504, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(first[10]).isEqualTo(false);
    assertThat(first[11]).isEqualTo("CHEVROLET CHEVELLE MALIBU");
    assertThat(out.rows().get(1)[11]).isEqualTo("BUICK SKYLARK 320 (heavy)");
  }

  @Test
  void deriveCanReplaceAFieldWithANewType() {
    Batch out = Steps.run("- derive: {Cylinders: \"Cylinders >= 6\"}", cars);
    assertThat(out.schema().names()).hasSize(9);
    assertThat(out.schema().field(2).type()).isEqualTo(DataType.BOOLEAN);
  }

  @Test
  void anExpressionErrorRejectsOnlyThatRowWithItsReason() {
    Batch out = Steps.run("- derive: {km_per_l: \"Miles_per_Gallon * 0.425\"}", cars);
    assertThat(out.size()).isEqualTo(293);
    assertThat(out.rejections())
        .hasSize(7)
        .allSatisfy(
            r -> {
              assertThat(r.field()).isEqualTo("km_per_l");
              assertThat(r.reason())
                  .startsWith("expression 'Miles_per_Gallon * 0.425' failed: ")
                  .contains("(null: Miles_per_Gallon; guard with");
              assertThat(r.raw()).contains("\"Miles_per_Gallon\":null");
            });
  }

  @Test
  void filterKeepsTrueRowsAndRejectsRowsItCannotDecide() {
    StepChain chain = Steps.chain("- filter: \"Horsepower > 150\"", cars.schema());
    Batch out = chain.apply(cars);
    assertThat(out.size()).isEqualTo(49);
    assertThat(out.rejections()).hasSize(2);
    var counts = chain.counts().getFirst();
    assertThat(counts.rowsIn()).isEqualTo(300);
    assertThat(counts.rowsOut()).isEqualTo(49);
    assertThat(counts.rejected()).isEqualTo(2);
    assertThat(counts.filtered()).isEqualTo(249);
    Batch guarded = Steps.run("- filter: \"Horsepower != null && Horsepower > 150\"", cars);
    assertThat(guarded.rejections()).isEmpty();
    assertThat(guarded.size()).isEqualTo(49);
  }

  @Test
  void filterNeedsABooleanAndAKnownField() {
    assertThatThrownBy(() -> Steps.chain("- filter: \"Horsepower * 2\"", cars.schema()))
        .isInstanceOf(StepConfigException.class)
        .hasMessageContaining("gives a bigint; a filter needs true or false");
    assertThatThrownBy(() -> Steps.chain("- filter: \"distance >= 500\"", cars.schema()))
        .hasMessageContaining(
            "step 1 (filter): expression: 'distance >= 500' is not a valid expression")
        .extracting(e -> ((StepConfigException) e).field())
        .isEqualTo("transforms[0].expression");
    assertThatThrownBy(() -> Steps.chain("- derive: {x: \"Name > 3\"}", cars.schema()))
        .hasMessageContaining("step 1 (derive): fields[0].expression")
        .hasMessageContaining("found no matching overload for '_>_' applied to '(string, int)'");
  }
}
