package io.dataaggregator.engine.transform.steps;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * {@code map: {target: {airport: string, delay_minutes: {type: int, required: true}}, from:
 * {airport: origin, delay_minutes: delay}}}: the stream in the shape of a target schema.
 */
public record MapConfig(
    @NotEmpty @Valid @JsonPropertyDescription("The target fields, in order") List<Target> target,
    @Valid
        @JsonPropertyDescription(
            "Which input field fills which target field; a target without one takes the input"
                + " field of its own name, if any")
        List<Mapping> from) {
  public MapConfig {
    target = target == null ? List.of() : List.copyOf(target);
    from = from == null ? List.of() : List.copyOf(from);
  }

  /** A field of the target schema. */
  public record Target(
      @NotBlank String name,
      @NotBlank @JsonPropertyDescription("Its type: int, string, decimal(10,2), date, ...")
          String type,
      @JsonPropertyDescription("A row without a value for it is rejected") Boolean required,
      @JsonProperty("default")
          @JsonPropertyDescription("Value when the input gives none (written as in YAML)")
          Object defaultValue,
      @JsonPropertyDescription("Format to read text into this type (as in cast)") String format,
      @JsonProperty("time_zone") @JsonPropertyDescription("Zone, as in cast") String timeZone) {
    public Target {
      required = required != null && required;
    }
  }

  /** One target field filled from one input field. */
  public record Mapping(@NotBlank String target, @NotBlank String source) {}
}
