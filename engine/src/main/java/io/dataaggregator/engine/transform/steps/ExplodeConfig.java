package io.dataaggregator.engine.transform.steps;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * {@code explode: tags} or {@code explode: {field: tags, as: tag, index: tag_position}}: one row
 * per element of a JSON array; the other fields (the parent's key among them) are repeated.
 *
 * <p>With {@code into: flight_tags, parent_key: [id]} the elements go to a child stream of that
 * name instead, as rows of {@code parent_key} + {@code index} + the element, and the parent rows go
 * on without the array field (with it when {@code keep: true}).
 */
public record ExplodeConfig(
    @NotBlank @JsonPropertyDescription("The field holding a JSON array") String field,
    @JsonPropertyDescription("Type of an element; default string (objects and arrays as JSON text)")
        String type,
    @JsonPropertyDescription("Name of the element's field; default the array field's name")
        String as,
    @JsonPropertyDescription(
            "Name of a bigint field for the element's position from 0; none by default")
        String index,
    @JsonPropertyDescription(
            "Name of a child stream to send the elements to, written by the destination as a table"
                + " or file of its own; default none: the array explodes in place")
        String into,
    @JsonProperty("parent_key")
        @JsonPropertyDescription(
            "With into: the parent's fields copied into every child row to link it to its parent")
        List<String> parentKey,
    @JsonPropertyDescription(
            "With into: keep the array field in the parent rows too; default false (removed)")
        Boolean keep) {
  public ExplodeConfig {
    type = type == null ? "string" : type;
    parentKey = parentKey == null ? List.of() : List.copyOf(parentKey);
  }

  /** The name of the element's field. */
  String elementName() {
    return as == null ? field : as;
  }
}
