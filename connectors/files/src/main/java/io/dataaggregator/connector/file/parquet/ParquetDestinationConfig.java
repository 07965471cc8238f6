package io.dataaggregator.connector.file.parquet;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Configuration of the {@code parquet} destination; nulls take the defaults named. */
public record ParquetDestinationConfig(
    @JsonProperty("path")
        @NotBlank
        @JsonPropertyDescription(
            "Output folder, created if missing; each stream is written to <path>/<table>.parquet"
                + " and its rejected records to <path>/<table>__rejected.jsonl.")
        String path,
    @JsonProperty("max_file_bytes")
        @Min(0)
        @JsonPropertyDescription(
            "Roll over to <table>-00001.parquet, <table>-00002.parquet... once a file holds about"
                + " this many bytes; 0 writes one file per run (append: per commit). Default: 0.")
        Long maxFileBytes,
    @JsonProperty("compression")
        @Pattern(regexp = "(?i)uncompressed|snappy|gzip|zstd|lz4_raw")
        @JsonPropertyDescription(
            "Page compression: uncompressed, snappy, gzip, zstd or lz4_raw. Default: snappy.")
        String compression,
    @JsonProperty("timestamp_unit")
        @Pattern(regexp = "(?i)micros|nanos")
        @JsonPropertyDescription(
            "Unit of time and timestamp columns: micros (read everywhere) or nanos. A value finer"
                + " than the unit is rejected, not truncated. Default: micros.")
        String timestampUnit,
    @JsonProperty("row_group_bytes")
        @Min(1024)
        @JsonPropertyDescription(
            "Rows buffered in memory per stream before a row group is written. Default: 67108864"
                + " (64 MiB).")
        Long rowGroupBytes) {

  public ParquetDestinationConfig {
    maxFileBytes = maxFileBytes == null ? 0L : maxFileBytes;
    compression = compression == null ? "snappy" : compression;
    timestampUnit = timestampUnit == null ? "micros" : timestampUnit;
    rowGroupBytes = rowGroupBytes == null ? 64L << 20 : rowGroupBytes;
  }

  /** A config writing into {@code path} with every other setting at its default. */
  public static ParquetDestinationConfig of(String path) {
    return new ParquetDestinationConfig(path, null, null, null, null);
  }
}
