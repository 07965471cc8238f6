package io.dataaggregator.engine.transform.steps;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * {@code cast: {delay: int, date: {type: date, format: yyyy/MM/dd}}}: target types per field. A
 * value that does not convert rejects its row with the reason; it never becomes null.
 */
public record CastConfig(
    @NotEmpty @Valid @JsonPropertyDescription("The fields to cast and how")
        List<CastField> fields) {
  public CastConfig {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }
}
