package io.dataaggregator.engine.transform.steps;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** {@code drop: [raw_payload]}: the fields to remove. */
public record DropConfig(
    @NotEmpty @JsonPropertyDescription("Fields to remove; the others keep their order")
        List<String> fields) {
  public DropConfig {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }
}
