package io.dataaggregator.connector.file.excel;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;

/** Configuration of the {@code excel} destination; nulls take the defaults named. */
public record ExcelDestinationConfig(
    @JsonProperty("path")
        @NotBlank
        @JsonPropertyDescription(
            "Output folder, created if missing; the workbook is <path>/<workbook>.xlsx with one"
                + " sheet per stream, and rejected records go to <path>/<table>__rejected.jsonl.")
        String path,
    @JsonProperty("workbook")
        @JsonPropertyDescription(
            "The workbook's file name without .xlsx. Default: the pipeline's name.")
        String workbook) {

  /** A config writing {@code <path>/<pipeline>.xlsx}. */
  public ExcelDestinationConfig(String path) {
    this(path, null);
  }
}
