package io.dataaggregator.connector.file.csv;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Configuration of the {@code csv} source. Nulls take the defaults named in each description.
 *
 * @param columns column name to type name ({@code int}, {@code decimal(10,2)}, ...), in file order
 *     when the file has no header; columns not listed are inferred
 */
public record CsvSourceConfig(
    @JsonProperty("path")
        @NotBlank
        @JsonPropertyDescription(
            "A CSV file, a folder (all its files, in name order) or a glob such as data/*.csv."
                + " Files ending in .gz are decompressed.")
        String path,
    @JsonProperty("stream")
        @JsonPropertyDescription(
            "Stream name. Default: the file name without extensions, or the folder's name for a"
                + " folder or glob.")
        String stream,
    @JsonProperty("header")
        @JsonPropertyDescription("Whether the first line holds the column names. Default: true.")
        Boolean header,
    @JsonProperty("delimiter")
        @Size(min = 1, max = 1)
        @JsonPropertyDescription("The character between fields. Default: ','.")
        String delimiter,
    @JsonProperty("quote")
        @Size(max = 1)
        @JsonPropertyDescription(
            "The character around fields that hold delimiters, quotes or line breaks; empty for"
                + " none. Default: '\"'.")
        String quote,
    @JsonProperty("escape")
        @Size(max = 1)
        @JsonPropertyDescription(
            "A character that makes the next one literal, e.g. '\\\\'. Default: none (a quote"
                + " inside a quoted field is written twice).")
        String escape,
    @JsonProperty("encoding")
        @JsonPropertyDescription(
            "Character encoding, any Java charset name (UTF-8, ISO-8859-1, windows-1252,"
                + " UTF-16LE, ...). A UTF-8 or UTF-16 byte-order mark is detected and skipped."
                + " Default: UTF-8.")
        String encoding,
    @JsonProperty("columns")
        @JsonPropertyDescription(
            "Column types by name, e.g. {id: bigint, price: decimal(10,2)}; columns not listed"
                + " are inferred. Without a header, names the columns in file order.")
        Map<String, String> columns,
    @JsonProperty("sample_rows")
        @Min(1)
        @JsonPropertyDescription("How many rows type inference looks at. Default: 1000.")
        Integer sampleRows,
    @JsonProperty("max_field_bytes")
        @Min(1)
        @JsonPropertyDescription(
            "Longest field accepted, in bytes; a longer one (often an unbalanced quote) rejects"
                + " its line. Default: 1048576 (1 MiB).")
        Integer maxFieldBytes) {

  public CsvSourceConfig {
    header = header == null ? Boolean.TRUE : header;
    delimiter = delimiter == null ? "," : delimiter;
    quote = quote == null ? "\"" : quote;
    escape = escape == null ? "" : escape;
    encoding = encoding == null || encoding.isBlank() ? "UTF-8" : encoding;
    columns =
        columns == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    sampleRows = sampleRows == null ? 1000 : sampleRows;
    maxFieldBytes = maxFieldBytes == null ? 1 << 20 : maxFieldBytes;
  }

  /** A config for {@code path} with every other setting at its default. */
  public static CsvSourceConfig of(String path) {
    return new CsvSourceConfig(path, null, null, null, null, null, null, null, null, null);
  }
}
