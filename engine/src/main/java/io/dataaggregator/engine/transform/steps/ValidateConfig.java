package io.dataaggregator.engine.transform.steps;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * {@code validate: {origin: {not_null: true, regex: "^[A-Z]{3}$"}, delay: {range: {min: -60},
 * action: warn}}}: rules per field, each with what to do with a row that breaks it.
 */
public record ValidateConfig(
    @NotEmpty @Valid @JsonPropertyDescription("The rules, one entry per field") List<Rule> rules) {
  public ValidateConfig {
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /** The checks of one field. Null values pass every check but not_null. */
  public record Rule(
      @NotBlank String field,
      @JsonProperty("not_null") @JsonPropertyDescription("The value must not be null")
          Boolean notNull,
      @JsonPropertyDescription("Text must contain a match (RE2 syntax; anchor with ^ and $)")
          String regex,
      @Valid @JsonPropertyDescription("Smallest and/or largest value (numbers, dates, text)")
          Bounds range,
      @JsonProperty("one_of") @JsonPropertyDescription("The allowed values") List<Object> oneOf,
      @Valid @JsonPropertyDescription("Fewest and/or most characters of text") Length length,
      @JsonPropertyDescription("No two rows of the run may share the value") Boolean unique,
      @JsonPropertyDescription(
              "What a row that breaks a check does: reject (default, with the reason), warn"
                  + " (passes, counted and logged) or fail (stops the run)")
          Action action) {
    public Rule {
      notNull = notNull != null && notNull;
      unique = unique != null && unique;
      oneOf = oneOf == null ? null : List.copyOf(oneOf);
      action = action == null ? Action.reject : action;
    }
  }

  /** Inclusive bounds; either may be left out. Dates and times are written as ISO text. */
  public record Bounds(Object min, Object max) {}

  /** Inclusive bounds on the number of characters. */
  public record Length(@Min(0) Integer min, @Min(0) Integer max) {}

  /** Lower case constants: users write them so and the schema lists them as they are. */
  @SuppressWarnings("java:S115")
  public enum Action {
    reject,
    warn,
    fail
  }
}
