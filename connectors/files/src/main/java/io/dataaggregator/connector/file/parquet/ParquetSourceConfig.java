package io.dataaggregator.connector.file.parquet;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Configuration of the {@code parquet} source; nulls take the defaults named. */
public record ParquetSourceConfig(
    @JsonProperty("path")
        @NotBlank
        @JsonPropertyDescription(
            "A Parquet file, a folder (all its files, in name order) or a glob such as"
                + " data/*.parquet.")
        String path,
    @JsonProperty("stream")
        @JsonPropertyDescription(
            "Stream name. Default: the file name without extensions, or the folder's name for a"
                + " folder or glob.")
        String stream,
    @JsonProperty("columns")
        @JsonPropertyDescription(
            "Types to read columns as instead of their Parquet types, e.g. {distance: int};"
                + " a value that does not convert is rejected.")
        Map<String, String> columns) {

  public ParquetSourceConfig {
    columns =
        columns == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  /** A config for {@code path} with every other setting at its default. */
  public static ParquetSourceConfig of(String path) {
    return new ParquetSourceConfig(path, null, null);
  }
}
