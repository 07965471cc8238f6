package io.dataaggregator.connector.file.csv;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** Configuration of the {@code csv} destination; nulls take the defaults named. */
public record CsvDestinationConfig(
    @JsonProperty("path")
        @NotBlank
        @JsonPropertyDescription(
            "Output folder, created if missing; each stream is written to <path>/<table>.csv"
                + " and its rejected records to <path>/<table>__rejected.jsonl.")
        String path,
    @JsonProperty("max_file_bytes")
        @Min(0)
        @JsonPropertyDescription(
            "Roll over to <table>-00001.csv, <table>-00002.csv... once a file holds this many"
                + " bytes; 0 writes one file. Default: 0.")
        Long maxFileBytes) {

  public CsvDestinationConfig {
    maxFileBytes = maxFileBytes == null ? 0L : maxFileBytes;
  }

  /** A config writing one file per table into {@code path}. */
  public CsvDestinationConfig(String path) {
    this(path, null);
  }
}
