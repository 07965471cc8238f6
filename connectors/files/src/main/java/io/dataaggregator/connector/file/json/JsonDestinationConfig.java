package io.dataaggregator.connector.file.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;

/** Configuration of the {@code json} destination. */
public record JsonDestinationConfig(
    @JsonProperty("path")
        @NotBlank
        @JsonPropertyDescription(
            "Output folder, created if missing; each stream is written to <path>/<table>.jsonl"
                + " and its rejected records to <path>/<table>__rejected.jsonl.")
        String path) {}
