package io.dataaggregator.engine.transform.steps;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code mask: {fields: [card], keep_last: 4}}: hides text behind a mask character. */
public record MaskConfig(
    @NotEmpty @JsonPropertyDescription("Text fields to mask") List<String> fields,
    @JsonProperty("keep_first")
        @Min(0)
        @JsonPropertyDescription("Characters left visible at the start (default 0)")
        Integer keepFirst,
    @JsonProperty("keep_last")
        @Min(0)
        @JsonPropertyDescription("Characters left visible at the end (default 0)")
        Integer keepLast,
    @JsonPropertyDescription("The mask character (default *)") @Size(min = 1, max = 1) String with,
    @JsonProperty("fixed_length")
        @Min(1)
        @JsonPropertyDescription(
            "Mask with this many characters whatever the value's length, so the length does not"
                + " leak; default: as long as the hidden part")
        Integer fixedLength) {
  public MaskConfig {
    fields = fields == null ? List.of() : List.copyOf(fields);
    keepFirst = keepFirst == null ? 0 : keepFirst;
    keepLast = keepLast == null ? 0 : keepLast;
    with = with == null ? "*" : with;
  }
}
