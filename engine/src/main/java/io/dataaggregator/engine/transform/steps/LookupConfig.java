package io.dataaggregator.engine.transform.steps;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code lookup: {file: airports.csv, key: {origin: iata}, columns: {name: origin_name}}}: adds
 * columns of a small reference table to each row whose key matches. The table is a CSV file or the
 * result of a database query ({@code query: {connection: warehouse, sql: "select ..."}}).
 */
public record LookupConfig(
    @Size(min = 1)
        @JsonPropertyDescription(
            "CSV file with a header row; a relative path starts at the pipeline file's folder."
                + " Set file or query, not both")
        String file,
    @Valid
        @JsonPropertyDescription(
            "A read-only database query whose rows are the reference table. Set file or query,"
                + " not both")
        Query query,
    @NotEmpty @Valid @JsonPropertyDescription("Which row fields match which reference columns")
        List<KeyColumn> key,
    @NotEmpty @Valid @JsonPropertyDescription("Reference columns to add to each row")
        List<Added> columns,
    @Size(min = 1, max = 1) @JsonPropertyDescription("Column separator of the file (default ,)")
        String delimiter,
    @JsonProperty("on_missing")
        @JsonPropertyDescription(
            "When no reference row matches: keep (default, the columns are null), reject or drop")
        OnMissing onMissing) {
  /** Rows read by a query may serve later runs and previews for this long, by default. */
  public static final int DEFAULT_CACHE_SECONDS = 300;

  public LookupConfig {
    if ((file == null) == (query == null)) {
      throw new IllegalArgumentException(
          "set file (a CSV file) or query (a database query): exactly one of them");
    }
    key = key == null ? List.of() : List.copyOf(key);
    columns = columns == null ? List.of() : List.copyOf(columns);
    delimiter = delimiter == null ? "," : delimiter;
    onMissing = onMissing == null ? OnMissing.keep : onMissing;
  }

  /** A field of the row and the reference column it must equal. */
  public record KeyColumn(@NotBlank String field, @NotBlank String column) {}

  /** A reference column to add, under its own name or another. */
  public record Added(@NotBlank String column, String as) {}

  /** Where the reference rows come from when they come from a database. */
  public record Query(
      @Size(min = 1)
          @JsonPropertyDescription(
              "A connection stored in the server, by name. Set connection or connector")
          String connection,
      @Size(min = 1)
          @JsonPropertyDescription(
              "A connector that runs queries (postgres, mysql, sqlserver), set up by config."
                  + " Set connection or connector")
          String connector,
      @JsonPropertyDescription(
              "The connector's settings, as in a source's config; beside connection, settings"
                  + " that replace the stored ones")
          Map<String, Object> config,
      @NotBlank
          @JsonPropertyDescription(
              "A read query (SELECT or WITH ...) returning the key and added columns; it runs"
                  + " read-only, once per run")
          String sql,
      @JsonProperty("cache_seconds")
          @Min(0)
          @Max(86_400)
          @JsonPropertyDescription(
              "How long, in seconds, the rows read may serve later runs and previews in the same"
                  + " process (default 300; 0 reads them for every run)")
          Integer cacheSeconds) {
    public Query {
      if ((connection == null) == (connector == null)) {
        throw new IllegalArgumentException(
            "query: set connection (a stored connection) or connector (with its config): exactly"
                + " one of them");
      }
      config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
      cacheSeconds = cacheSeconds == null ? DEFAULT_CACHE_SECONDS : cacheSeconds;
    }
  }

  /** Lower case constants: users write them so and the schema lists them as they are. */
  @SuppressWarnings("java:S115")
  public enum OnMissing {
    keep,
    reject,
    drop
  }
}
