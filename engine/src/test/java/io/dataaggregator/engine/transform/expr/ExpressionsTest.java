package io.dataaggregator.engine.transform.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.transform.TestData;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ExpressionsTest {
  private final Batch cars = TestData.json("cars-300.json");

  @Test
  void evaluatesOverTheFieldsOfARealRow() throws Exception {
    Expression e =
        Expressions.compile("Horsepower > 150.0 && Origin == 'USA'", cars.schema(), "expression");
    assertThat(e.resultType()).isEqualTo(DataType.BOOLEAN);
    assertThat(e.referenced()).containsExactlyInAnyOrder("Horsepower", "Origin");
    long powerful = 0;
    for (Object[] row : cars.rows()) {
      if (row[4] != null && Boolean.TRUE.equals(e.evaluate(row))) {
        powerful++;
      }
    }
    assertThat(powerful).isEqualTo(49);
  }

  @Test
  void givesTheResultTypeOfArithmeticAndStrings() throws Exception {
    Object[] first = cars.rows().getFirst();
    Expression ratio = Expressions.compile("Weight_in_lbs / Cylinders", cars.schema(), "e");
    assertThat(ratio.resultType()).isEqualTo(DataType.BIGINT);
    assertThat(ratio.evaluate(first)).isEqualTo(3504L / 8);
    Expression upper =
        Expressions.compile("Name.upperAscii() + ' (' + Origin + ')'", cars.schema(), "e");
    assertThat(upper.evaluate(first)).isEqualTo("CHEVROLET CHEVELLE MALIBU (USA)");
  }

  @Test
  void rejectsAnUnknownFieldAndSuggestsTheClosest() {
    assertThatThrownBy(
            () -> Expressions.compile("Horsepwer > 100", cars.schema(), "fields[0].expression"))
        .isInstanceOf(StepConfigException.class)
        .hasMessageContaining("fields[0].expression")
        .hasMessageContaining("undeclared reference to 'Horsepwer'")
        .hasMessageContaining("did you mean 'Horsepower'?")
        .extracting(e -> ((StepConfigException) e).field())
        .isEqualTo("fields[0].expression");
  }

  @Test
  void rejectsMixedTypesSyntaxErrorsAndLoops() {
    assertThatThrownBy(() -> Expressions.compile("Name + 1", cars.schema(), "e"))
        .hasMessageContaining("no matching overload for '_+_' applied to '(string, int)'");
    assertThatThrownBy(() -> Expressions.compile("(Horsepower > 1", cars.schema(), "e"))
        .hasMessageContaining("is not a valid expression");
    assertThatThrownBy(() -> Expressions.compile("[1, 2].all(x, x > 0)", cars.schema(), "e"))
        .isInstanceOf(StepConfigException.class);
    assertThatThrownBy(() -> Expressions.compile("[Horsepower]", cars.schema(), "e"))
        .hasMessageContaining(
            "an expression must give a bool, int, double, string, bytes or timestamp");
    assertThatThrownBy(() -> Expressions.compile(" ", cars.schema(), "e"))
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> Expressions.compile("1 + ".repeat(2000) + "1", cars.schema(), "e"))
        .hasMessageContaining("longer than 4000");
  }

  @Test
  void cannotReachJavaClassesOrReflection() {
    for (String attempt :
        new String[] {
          "java.lang.Runtime.getRuntime()",
          "Name.getClass()",
          "Name.getBytes()",
          "type(Name).forName('java.io.File')"
        }) {
      assertThatThrownBy(() -> Expressions.compile(attempt, cars.schema(), "e"))
          .as(attempt)
          .isInstanceOf(StepConfigException.class);
    }
  }

  @Test
  void aNullOperandFailsTheRowNamingTheField() {
    Object[] noMpg = cars.rows().stream().filter(r -> r[1] == null).findFirst().orElseThrow();
    Expression e = Expressions.compile("Miles_per_Gallon > 20.0", cars.schema(), "e");
    assertThatThrownBy(() -> e.evaluate(noMpg))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("expression 'Miles_per_Gallon > 20.0' failed")
        .hasMessageContaining("null: Miles_per_Gallon");
  }

  @Test
  void divisionByZeroAndOverflowFailTheRow() {
    Object[] first = cars.rows().getFirst();
    assertThatThrownBy(
            () ->
                Expressions.compile("Cylinders / (Cylinders - 8)", cars.schema(), "e")
                    .evaluate(first))
        .hasMessageContaining("by zero");
    assertThatThrownBy(
            () ->
                Expressions.compile("9223372036854775807 + Cylinders", cars.schema(), "e")
                    .evaluate(first))
        .hasMessageContaining("overflow");
  }

  @Test
  void regularExpressionsRunInLinearTime() throws Exception {
    // The classic catastrophic pattern for backtracking engines; RE2 answers at once.
    Schema schema = Schema.of(Field.of("s", DataType.STRING));
    Expression e = Expressions.compile("s.matches('^(a+)+$')", schema, "e");
    assertThat(e.evaluate(new Object[] {"a".repeat(5_000) + "!"})).isEqualTo(false);
  }

  @Test
  void readsDatesDecimalsAndTimestampsAsCelTypes() throws Exception {
    Schema schema =
        Schema.of(
            Field.of("day", DataType.DATE),
            Field.of("price", DataType.decimal(10, 2)),
            Field.of("at", DataType.TIMESTAMP_TZ));
    Object[] row = {
      LocalDate.of(2001, 1, 2),
      new BigDecimal("12.50"),
      OffsetDateTime.of(2001, 1, 2, 10, 0, 0, 0, ZoneOffset.ofHours(2))
    };
    assertThat(
            Expressions.compile("day < timestamp('2001-01-03T00:00:00Z')", schema, "e")
                .evaluate(row))
        .isEqualTo(true);
    assertThat(Expressions.compile("price * 2.0", schema, "e").evaluate(row)).isEqualTo(25.0);
    Expression hour = Expressions.compile("at.getHours()", schema, "e");
    assertThat(hour.evaluate(row)).isEqualTo(8L);
    Expression same = Expressions.compile("at", schema, "e");
    assertThat(same.resultType()).isEqualTo(DataType.TIMESTAMP_TZ);
    assertThat(same.evaluate(row))
        .isEqualTo(OffsetDateTime.of(2001, 1, 2, 8, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void fieldsWithOddNamesAreExplainedNotSilentlyMissing() {
    Schema schema = Schema.of(Field.of("Beak Length (mm)", DataType.DOUBLE));
    assertThatThrownBy(() -> Expressions.compile("Beak_Length > 1.0", schema, "e"))
        .hasMessageContaining("cannot be named in an expression");
  }
}
