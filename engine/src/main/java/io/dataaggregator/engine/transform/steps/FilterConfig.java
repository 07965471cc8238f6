package io.dataaggregator.engine.transform.steps;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;

/** {@code filter: "distance >= 500"}: keeps the rows for which a CEL expression is true. */
public record FilterConfig(
    @NotBlank
        @JsonPropertyDescription(
            "CEL expression giving true for the rows to keep; false and null drop the row")
        String expression) {}
