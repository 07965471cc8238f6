package io.dataaggregator.connector.file.csv;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;

/** Configuration of the {@code csv} destination. */
public record CsvDestinationConfig(
    @JsonProperty("path")
        @NotBlank
        @JsonPropertyDescription(
            "Output folder, created if missing; each stream is written to <path>/<table>.csv and"
                + " its rejected records to <path>/<table>__rejected.jsonl.")
        String path) {}
