package io.dataaggregator.engine.transform.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.transform.Steps;
import io.dataaggregator.engine.transform.TestData;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizeTest {
  private final Batch airports = TestData.csv("airports-slice.csv");

  @Test
  void collapsesTheDoubleSpacesOfRealAirportNames() {
    Batch out = Steps.run("- normalize: [name]", airports);
    assertThat(TestData.column(airports, "name")).contains("Moton  Municipal");
    assertThat(TestData.column(out, "name"))
        .contains("Moton Municipal", "Canton -Plymouth - Mettetal")
        .noneMatch(n -> n != null && ((String) n).contains("  "));
    assertThat(out.size()).isEqualTo(airports.size());
  }

  @Test
  void titleCaseAndUpperCaseOverEveryTextField() {
    Batch cars = TestData.json("cars-300.json");
    Batch out = Steps.run("- normalize: {case: title}", cars);
    assertThat(out.rows().getFirst()[0]).isEqualTo("Chevrolet Chevelle Malibu");
    Batch upper = Steps.run("- normalize: {fields: [Origin], case: upper}", cars);
    assertThat(TestData.column(upper, "Origin")).containsOnly("USA", "EUROPE", "JAPAN");
  }

  @Test
  void emptiesBecomeNullAndUnicodeBecomesNfc() {
    Schema schema = Schema.of(Field.of("city", DataType.STRING));
    // "Zürich" written with a combining diaeresis, as some sources send it.
    Batch in = new Batch(schema, List.of(new Object[] {"  Zu\u0308rich\t"}, new Object[] {"   "}));
    Batch out = Steps.run("- normalize: {}", in);
    assertThat(TestData.column(out, "city")).containsExactly("Z\u00fcrich", null);
    Batch keep = Steps.run("- normalize: {empty_to_null: false, unicode: none}", in);
    assertThat(TestData.column(keep, "city")).containsExactly("Zu\u0308rich", "");
  }

  @Test
  void emailsLowerCaseAndPhonesKeepDigits() {
    Schema schema =
        Schema.of(Field.of("email", DataType.STRING), Field.of("phone", DataType.STRING));
    Batch in =
        new Batch(
            schema,
            List.of(
                new Object[] {" Ada.Lovelace@Example.ORG ", "+1 (555) 010-9999"},
                new Object[] {"x@y.z", "call me"},
                new Object[] {"x@y.z", "--"}));
    Batch out =
        Steps.run(
            """
            - normalize: {fields: [email], kind: email}
            - normalize: {fields: [phone], kind: phone}
            """,
            in);
    assertThat(out.rows())
        .singleElement()
        .satisfies(r -> assertThat(r).containsExactly("ada.lovelace@example.org", "+15550109999"));
    assertThat(out.rejections())
        .extracting(r -> r.reason())
        .containsExactly(
            "phone 'call me' holds letters, not a phone number",
            "phone '--' has no digits, not a phone number");
  }

  @Test
  void refusesFieldsThatAreNotText() {
    Batch cars = TestData.json("cars-300.json");
    assertThatThrownBy(() -> Steps.chain("- normalize: [Name, Cylinders]", cars.schema()))
        .hasMessageContaining("fields[1]: normalize works on string fields; 'Cylinders' is bigint");
    assertThatThrownBy(() -> Steps.chain("- normalize: {case: shouting}", cars.schema()))
        .hasMessageContaining("case");
  }
}
