package io.dataaggregator.engine.transform.steps;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * {@code rename: {origin: origin_airport}} or {@code rename: snake_case}: new names from a map, a
 * rule for every other field, or both.
 */
public record RenameConfig(
    @JsonPropertyDescription("Fields renamed one by one: from the old name to the new one")
        List<Renaming> fields,
    @JsonPropertyDescription("Rule for the names of all fields not renamed one by one") Rule rule) {
  public RenameConfig {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  /** One field's new name. */
  public record Renaming(@NotBlank String from, @NotBlank String to) {}

  /** Name rules. Constants are lower case because users write them so and the schema lists them. */
  @SuppressWarnings("java:S115")
  public enum Rule {
    /** {@code Miles_per_Gallon}, {@code originAirport}, {@code Beak Length (mm)} to snake_case. */
    snake_case,
    lower,
    upper
  }
}
