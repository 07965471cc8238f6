package io.dataaggregator.connector.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One endpoint read as a stream: the request, where the records are, how pages follow. */
public record StreamConfig(
    @JsonProperty("name") @JsonPropertyDescription("the stream's name") @NotBlank String name,
    @JsonProperty("path")
        @JsonPropertyDescription("appended to base_url, e.g. /v1/cars; may be a full URL")
        String path,
    @JsonProperty("method") @JsonPropertyDescription("GET (default) or POST") HttpMethod method,
    @JsonProperty("params")
        @JsonPropertyDescription("query parameters; a list is sent comma separated")
        Map<String, Object> params,
    @JsonProperty("headers") @JsonPropertyDescription("extra request headers")
        Map<String, String> headers,
    @JsonProperty("body") @JsonPropertyDescription("the JSON body of a POST")
        Map<String, Object> body,
    @JsonProperty("records")
        @JsonPropertyDescription(
            "JSONPath of the records in the body, e.g. $.data or $.results; default $ (the body"
                + " is the array, or one record)")
        String records,
    @JsonProperty("pagination") @JsonPropertyDescription("how pages follow; default none") @Valid
        PaginationConfig pagination,
    @JsonProperty("primary_key") @JsonPropertyDescription("fields that identify a record")
        List<String> primaryKey,
    @JsonProperty("incremental")
        @JsonPropertyDescription("how to read only what changed since the last run")
        @Valid
        IncrementalConfig incremental,
    @JsonProperty("schema")
        @JsonPropertyDescription(
            "field types that override inference, e.g. {price: decimal(12,2), id: bigint}")
        Map<String, String> schema,
    @JsonProperty("flatten")
        @JsonPropertyDescription(
            "object fields whose members become columns <field>_<member>, e.g. [properties]")
        List<String> flatten,
    @JsonProperty("drop_fields") @JsonPropertyDescription("record fields to leave out")
        List<String> dropFields,
    @JsonProperty("format")
        @JsonPropertyDescription("auto (by Content-Type, the default), json or xml")
        BodyFormat format) {
  public StreamConfig {
    path = path == null ? "" : path;
    method = method == null ? HttpMethod.GET : method;
    params = params == null ? Map.of() : copy(params);
    headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body == null ? null : copy(body);
    records = records == null || records.isBlank() ? "$" : records;
    pagination = pagination == null ? PaginationConfig.none() : pagination;
    primaryKey = primaryKey == null ? List.of() : List.copyOf(primaryKey);
    schema = schema == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(schema));
    flatten = flatten == null ? List.of() : List.copyOf(flatten);
    dropFields = dropFields == null ? List.of() : List.copyOf(dropFields);
    format = format == null ? BodyFormat.auto : format;
  }

  /** A copy keeping order and null values, which {@link Map#copyOf} refuses. */
  static Map<String, Object> copy(Map<String, Object> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
