package io.dataaggregator.engine.transform.steps;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** {@code select: [date, origin, delay]}: the fields to keep, in this order. */
public record SelectConfig(
    @NotEmpty @JsonPropertyDescription("Fields to keep, in the order they should have")
        List<String> fields) {
  public SelectConfig {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }
}
