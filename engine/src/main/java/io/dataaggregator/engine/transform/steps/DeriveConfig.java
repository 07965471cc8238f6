package io.dataaggregator.engine.transform.steps;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * {@code derive: {late: "delay > 15"}}: new fields (or new values of existing ones) computed by CEL
 * expressions, in order, so a later expression may use an earlier result.
 */
public record DeriveConfig(
    @NotEmpty @Valid @JsonPropertyDescription("Fields to compute, in order")
        List<Derivation> fields) {
  public DeriveConfig {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  /** One computed field. Its type is the expression's: boolean, bigint, double, string, ... */
  public record Derivation(
      @NotBlank @JsonPropertyDescription("Name of the field; an existing field is replaced")
          String name,
      @NotBlank @JsonPropertyDescription("CEL expression over the row's fields, e.g. delay > 15")
          String expression) {}
}
