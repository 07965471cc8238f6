package io.dataaggregator.connector.file.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Configuration of the {@code json} source. Nulls take the defaults named in each description. */
public record JsonSourceConfig(
    @JsonProperty("path")
        @NotBlank
        @JsonPropertyDescription(
            "A JSON file, a folder (all its files, in name order) or a glob such as"
                + " logs/*.jsonl. Files ending in .gz are decompressed.")
        String path,
    @JsonProperty("stream")
        @JsonPropertyDescription(
            "Stream name. Default: the file name without extensions, or the folder's name for a"
                + " folder or glob.")
        String stream,
    @JsonProperty("format")
        @Pattern(regexp = "auto|lines|array")
        @JsonPropertyDescription(
            "lines: one object per line (JSON Lines); array: one array of objects; auto: by the"
                + " first character of each file. Default: auto.")
        String format,
    @JsonProperty("encoding")
        @JsonPropertyDescription(
            "Character encoding, any Java charset name; a UTF-8 or UTF-16 byte-order mark is"
                + " detected and skipped. Default: UTF-8.")
        String encoding,
    @JsonProperty("columns")
        @JsonPropertyDescription(
            "Column types by key, e.g. {created_at: timestamp_tz, price: decimal(10,2)};"
                + " keys not listed are inferred, listed keys missing from the sample are added.")
        Map<String, String> columns,
    @JsonProperty("sample_rows")
        @Min(1)
        @JsonPropertyDescription("How many objects type inference looks at. Default: 1000.")
        Integer sampleRows) {

  public JsonSourceConfig {
    format = format == null ? "auto" : format;
    encoding = encoding == null || encoding.isBlank() ? "UTF-8" : encoding;
    columns =
        columns == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    sampleRows = sampleRows == null ? 1000 : sampleRows;
  }

  /** A config for {@code path} with every other setting at its default. */
  public static JsonSourceConfig of(String path) {
    return new JsonSourceConfig(path, null, null, null, null, null);
  }
}
