package io.dataaggregator.connector.file.excel;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Configuration of the {@code excel} source. Nulls take the defaults named in each description. */
public record ExcelSourceConfig(
    @JsonProperty("path")
        @NotBlank
        @JsonPropertyDescription(
            "An .xlsx workbook, a folder of them or a glob such as reports/*.xlsx; a sheet's"
                + " stream reads that sheet of every workbook, in name order.")
        String path,
    @JsonProperty("sheets")
        @JsonPropertyDescription(
            "The sheets to read, one stream each, named after the sheet. Default: every visible"
                + " sheet of the first workbook.")
        List<String> sheets,
    @JsonProperty("header_row")
        @Min(0)
        @JsonPropertyDescription(
            "The row (1-based) holding the column names; data starts below it and rows above it"
                + " are skipped. 0: no header, columns are named A, B, C... Default: 1.")
        Integer headerRow,
    @JsonProperty("columns")
        @JsonPropertyDescription(
            "Column types by name, e.g. {amount: decimal(12,2), day: date}, for every sheet;"
                + " columns not listed are inferred from the cells.")
        Map<String, String> columns,
    @JsonProperty("sample_rows")
        @Min(1)
        @JsonPropertyDescription("How many rows type inference looks at. Default: 1000.")
        Integer sampleRows) {

  public ExcelSourceConfig {
    sheets = sheets == null ? List.of() : List.copyOf(sheets);
    headerRow = headerRow == null ? 1 : headerRow;
    columns =
        columns == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    sampleRows = sampleRows == null ? 1000 : sampleRows;
  }

  /** A config reading every sheet of {@code path} with a header in row 1. */
  public static ExcelSourceConfig of(String path) {
    return new ExcelSourceConfig(path, null, null, null, null);
  }
}
