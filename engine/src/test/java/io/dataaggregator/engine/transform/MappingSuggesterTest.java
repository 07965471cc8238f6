package io.dataaggregator.engine.transform;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MappingSuggesterTest {
  private final MappingSuggester suggester = new MappingSuggester();

  @Test
  void suggestsFlightFieldsForAStandardSchema() {
    Schema flights = TestData.json("flights-500.json").schema();
    Schema target =
        Schema.of(
            Field.of("OriginAirport", DataType.STRING),
            Field.of("destination_airport", DataType.STRING),
            Field.of("delay_minutes", DataType.INT),
            Field.of("flight_date", DataType.TIMESTAMP),
            Field.of("distance", DataType.decimal(10, 1)),
            Field.of("tail_number", DataType.STRING));

    var suggestions = suggester.suggest(flights, target);
    Map<String, String> pairs =
        suggestions.stream()
            .collect(
                Collectors.toMap(
                    MappingSuggester.Suggestion::target, MappingSuggester.Suggestion::source));

    assertThat(pairs)
        .containsEntry("OriginAirport", "origin")
        .containsEntry("destination_airport", "destination")
        .containsEntry("delay_minutes", "delay")
        .containsEntry("distance", "distance")
        .containsEntry("flight_date", "date")
        .doesNotContainKey("tail_number");
    var distance =
        suggestions.stream().filter(s -> s.target().equals("distance")).findFirst().orElseThrow();
    assertThat(distance.reason()).isEqualTo("same name, bigint widens to decimal(10,1)");
    assertThat(suggestions.getFirst().target()).isEqualTo("distance");
  }

  @Test
  void neverSuggestsAnImpossibleTypeOrOneSourceTwice() {
    Schema source =
        Schema.of(Field.of("created", DataType.DATE), Field.of("name", DataType.STRING));
    Schema target =
        Schema.of(
            Field.of("created", DataType.INT),
            Field.of("name", DataType.STRING),
            Field.of("names", DataType.STRING));
    var suggestions = suggester.suggest(source, target);
    assertThat(suggestions).extracting(MappingSuggester.Suggestion::target).containsExactly("name");
  }

  @Test
  void similarityIgnoresCaseAndWordJoins() {
    assertThat(Similarity.score("originAirport", "Origin Airport")).isEqualTo(1.0);
    assertThat(Similarity.score("Miles_per_Gallon", "miles-per-gallon")).isEqualTo(1.0);
    assertThat(Similarity.score("origin", "destination")).isLessThan(0.7);
    assertThat(Similarity.closest("Horsepwer", java.util.List.of("Name", "Horsepower")))
        .isEqualTo("Horsepower");
  }
}
