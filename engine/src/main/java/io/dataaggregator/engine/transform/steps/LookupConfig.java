package io.dataaggregator.engine.transform.steps;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code lookup: {file: airports.csv, key: {origin: iata}, columns: {name: origin_name}}}: adds
 * columns of a small CSV reference file to each row whose key matches.
 */
public record LookupConfig(
    @NotBlank
        @JsonPropertyDescription(
            "CSV file with a header row; a relative path starts at the pipeline file's folder")
        String file,
    @NotEmpty @Valid @JsonPropertyDescription("Which row fields match which file columns")
        List<KeyColumn> key,
    @NotEmpty @Valid @JsonPropertyDescription("File columns to add to each row")
        List<Added> columns,
    @Size(min = 1, max = 1) @JsonPropertyDescription("Column separator (default ,)")
        String delimiter,
    @JsonProperty("on_missing")
        @JsonPropertyDescription(
            "When no file row matches: keep (default, the columns are null), reject or drop")
        OnMissing onMissing) {
  public LookupConfig {
    key = key == null ? List.of() : List.copyOf(key);
    columns = columns == null ? List.of() : List.copyOf(columns);
    delimiter = delimiter == null ? "," : delimiter;
    onMissing = onMissing == null ? OnMissing.keep : onMissing;
  }

  /** A field of the row and the file column it must equal. */
  public record KeyColumn(@NotBlank String field, @NotBlank String column) {}

  /** A file column to add, under its own name or another. */
  public record Added(@NotBlank String column, String as) {}

  /** Lower case constants: users write them so and the schema lists them as they are. */
  @SuppressWarnings("java:S115")
  public enum OnMissing {
    keep,
    reject,
    drop
  }
}
