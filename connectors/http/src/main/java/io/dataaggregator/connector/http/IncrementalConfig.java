package io.dataaggregator.connector.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;

/**
 * How a stream reads only what changed. Once a cursor value is known (from the checkpoint, or
 * {@link #start}), the request fields given here replace the stream's, and {@code {{ cursor }}} in
 * them is replaced by that value rendered with {@link #format}. Records older than the known value
 * are skipped even when the API ignores the filter.
 */
public record IncrementalConfig(
    @JsonProperty("cursor_field")
        @JsonPropertyDescription("the record field that grows with each change, e.g. updated_at")
        @NotBlank
        String cursorField,
    @JsonProperty("start")
        @JsonPropertyDescription("the cursor value of the first run; default: a full first read")
        String start,
    @JsonProperty("format")
        @JsonPropertyDescription(
            "how {{ cursor }} is written: raw (as the API sent it, the default), iso (UTC),"
                + " epoch_millis, epoch_seconds, date, or a java.time pattern")
        String format,
    @JsonProperty("path") @JsonPropertyDescription("replaces the stream's path") String path,
    @JsonProperty("method") @JsonPropertyDescription("replaces the stream's method") HttpMethod method,
    @JsonProperty("params") @JsonPropertyDescription("replace the stream's query parameters")
        Map<String, Object> params,
    @JsonProperty("body") @JsonPropertyDescription("replaces the stream's JSON body")
        Map<String, Object> body,
    @JsonProperty("pagination") @JsonPropertyDescription("replaces the stream's pagination")
        PaginationConfig pagination) {
  public IncrementalConfig {
    start = start == null || start.isBlank() ? null : start;
    format = format == null || format.isBlank() ? "raw" : format;
    params = params == null ? null : StreamConfig.copy(params);
    body = body == null ? null : StreamConfig.copy(body);
  }
}
