package io.dataaggregator.connector.file.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** Configuration of the {@code json} destination; nulls take the defaults named. */
public record JsonDestinationConfig(
    @JsonProperty("path")
        @NotBlank
        @JsonPropertyDescription(
            "Output folder, created if missing; each stream is written to <path>/<table>.jsonl"
                + " and its rejected records to <path>/<table>__rejected.jsonl.")
        String path,
    @JsonProperty("max_file_bytes")
        @Min(0)
        @JsonPropertyDescription(
            "Roll over to <table>-00001.jsonl, <table>-00002.jsonl... once a file holds this many"
                + " bytes; 0 writes one file. Default: 0.")
        Long maxFileBytes) {

  public JsonDestinationConfig {
    maxFileBytes = maxFileBytes == null ? 0L : maxFileBytes;
  }

  /** A config writing one file per table into {@code path}. */
  public JsonDestinationConfig(String path) {
    this(path, null);
  }
}
