package io.dataaggregator.engine.transform.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.transform.StepChain;
import io.dataaggregator.engine.transform.Steps;
import io.dataaggregator.engine.transform.TestData;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class MaskHashTest {
  private static final String SALT = "a-salt-only-this-test-knows";
  private final Batch airports = TestData.csv("airports-slice.csv");

  @Test
  void masksKeepingTheLastCharacters() {
    Batch out = Steps.run("- mask: {fields: [name, city], keep_last: 3}", airports);
    assertThat(out.rows().getFirst()).startsWith("00M", "****pen", "********ngs");
    Batch fixed =
        Steps.run(
            "- mask: {fields: [name], keep_first: 1, fixed_length: 5, with: \"#\"}", airports);
    assertThat(fixed.rows().getFirst()[1]).isEqualTo("T#####");
  }

  @Test
  void masksShortValuesWhole() {
    Batch out = Steps.run("- mask: {fields: [state], keep_first: 1, keep_last: 1}", airports);
    assertThat(TestData.column(out, "state")).containsOnly("**");
  }

  @Test
  void hashesWithTheSaltFromTheEnvironment() throws Exception {
    StepChain chain =
        Steps.chain(
            "- hash: {fields: [iata], salt_env: DAGG_TEST_SALT}",
            airports.schema(),
            Map.of("DAGG_TEST_SALT", SALT));
    Batch out = chain.apply(airports);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SALT.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected = HexFormat.of().formatHex(mac.doFinal("00M".getBytes(StandardCharsets.UTF_8)));
    assertThat(out.rows().getFirst()[0]).isEqualTo(expected);
    assertThat(TestData.column(out, "iata"))
        .doesNotHaveDuplicates()
        .allMatch(h -> ((String) h).matches("[0-9a-f]{64}"));
    StepChain other =
        Steps.chain(
            "- hash: {fields: [iata], salt_env: S}", airports.schema(), Map.of("S", SALT + "!"));
    assertThat(other.apply(airports).rows().getFirst()[0]).isNotEqualTo(expected);
  }

  @Test
  void hashesNumbersAsTheirTextAndTurnsTheFieldToString() {
    Batch cars = TestData.json("cars-300.json");
    StepChain chain =
        Steps.chain("- hash: {fields: [Cylinders], salt_env: S}", cars.schema(), Map.of("S", SALT));
    assertThat(chain.output().field(2).type()).isEqualTo(DataType.STRING);
    Batch out = chain.apply(cars);
    assertThat(out.rows().get(0)[2]).isEqualTo(out.rows().get(1)[2]);
  }

  @Test
  void refusesAMissingOrShortSaltAndNonTextMasks() {
    assertThatThrownBy(
            () ->
                Steps.chain(
                    "- hash: {fields: [iata], salt_env: DAGG_NOT_SET}",
                    airports.schema(),
                    Map.of()))
        .hasMessageContaining("salt_env: the environment variable DAGG_NOT_SET is not set");
    assertThatThrownBy(
            () ->
                Steps.chain(
                    "- hash: {fields: [iata], salt_env: S}",
                    airports.schema(),
                    Map.of("S", "short")))
        .hasMessageContaining("fewer than 16 characters");
    assertThatThrownBy(() -> Steps.chain("- hash: [iata]", airports.schema()))
        .hasMessageContaining("step 1 (hash) is invalid");
    Batch cars = TestData.json("cars-300.json");
    assertThatThrownBy(() -> Steps.chain("- mask: [Horsepower]", cars.schema()))
        .hasMessageContaining("mask works on string fields; 'Horsepower' is bigint");
  }
}
