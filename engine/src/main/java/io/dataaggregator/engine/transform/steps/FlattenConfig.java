package io.dataaggregator.engine.transform.steps;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * {@code flatten: {properties: {mag: double, place: string}}}: values taken out of nested JSON into
 * columns named {@code properties_mag}, {@code properties_place}.
 */
public record FlattenConfig(
    @NotEmpty @Valid @JsonPropertyDescription("JSON fields and the values to take out of each")
        List<Nested> fields,
    @JsonPropertyDescription("Joins the field and the path into a column name; default _")
        String separator,
    @JsonProperty("keep_original")
        @JsonPropertyDescription(
            "Keep the JSON field after its columns (default false: replace it)")
        Boolean keepOriginal) {
  public FlattenConfig {
    fields = fields == null ? List.of() : List.copyOf(fields);
    separator = separator == null ? "_" : separator;
    keepOriginal = keepOriginal != null && keepOriginal;
  }

  /** One JSON (or JSON text) field and its columns. */
  public record Nested(
      @NotBlank String field,
      @NotEmpty @Valid @JsonPropertyDescription("The values to take out") List<Column> columns) {
    public Nested {
      columns = columns == null ? List.of() : List.copyOf(columns);
    }
  }

  /** One value: where it is, its type, its column name. */
  public record Column(
      @NotBlank
          @JsonPropertyDescription("Dotted path inside the JSON: city, address.city, coordinates.0")
          String path,
      @JsonPropertyDescription(
              "Type of the column; default string (objects and arrays as JSON text)")
          String type,
      @JsonPropertyDescription(
              "Column name; default the field and the path joined by the separator")
          String name) {
    public Column {
      type = type == null ? "string" : type;
    }
  }
}
