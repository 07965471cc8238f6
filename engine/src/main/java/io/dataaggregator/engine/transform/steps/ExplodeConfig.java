package io.dataaggregator.engine.transform.steps;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code explode: tags} or {@code explode: {field: tags, as: tag, index: tag_position}}: one row
 * per element of a JSON array; the other fields (the parent's key among them) are repeated.
 */
public record ExplodeConfig(
    @NotBlank @JsonPropertyDescription("The field holding a JSON array") String field,
    @JsonPropertyDescription("Type of an element; default string (objects and arrays as JSON text)")
        String type,
    @JsonPropertyDescription("Name of the element's field; default the array field's name")
        String as,
    @JsonPropertyDescription(
            "Name of a bigint field for the element's position from 0; none by default")
        String index) {
  public ExplodeConfig {
    type = type == null ? "string" : type;
  }
}
