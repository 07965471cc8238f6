package io.dataaggregator.connector.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.dataaggregator.engine.spi.Secret;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code http} source's config: either a whole API described here ({@code base_url}, {@code
 * streams}, ...), or a {@code manifest} that describes it plus the {@code inputs} and {@code
 * secrets} the manifest declares. With a manifest, {@code base_url}, {@code auth}, {@code headers},
 * {@code streams} and {@code requests_per_second} given here replace the manifest's.
 */
public record HttpSourceConfig(
    @JsonProperty("manifest")
        @JsonPropertyDescription(
            "a built-in manifest (salesforce, hubspot) or the path of a manifest YAML file")
        String manifest,
    @JsonProperty("inputs")
        @JsonPropertyDescription("values for the manifest's inputs, e.g. {instance_url: ...}")
        Map<String, Object> inputs,
    @JsonProperty("secrets")
        @JsonPropertyDescription("values for the manifest's secret inputs, e.g. {access_token: ...}")
        @Secret
        Map<String, String> secrets,
    @JsonProperty("base_url")
        @JsonPropertyDescription("the API's root URL, e.g. https://api.example.com/v1")
        String baseUrl,
    @JsonProperty("auth") @JsonPropertyDescription("how requests authenticate; default none") @Valid
        AuthConfig auth,
    @JsonProperty("headers") @JsonPropertyDescription("headers sent with every request")
        Map<String, String> headers,
    @JsonProperty("streams") @JsonPropertyDescription("the endpoints to read, one stream each")
        List<@Valid StreamConfig> streams,
    @JsonProperty("requests_per_second")
        @JsonPropertyDescription(
            "most requests per second over all streams of this source; default: the manifest's,"
                + " else unlimited (0)")
        @DecimalMin("0")
        Double requestsPerSecond,
    @JsonProperty("max_attempts")
        @JsonPropertyDescription(
            "attempts per request on 5xx, 429 and network errors, the first included; default 5")
        @Min(1)
        @Max(50)
        Integer maxAttempts,
    @JsonProperty("initial_backoff_ms")
        @JsonPropertyDescription("wait before the first retry, doubled each time; default 1000")
        @Min(0)
        Long initialBackoffMs,
    @JsonProperty("max_backoff_ms")
        @JsonPropertyDescription("the longest wait between retries; default 60000")
        @Min(0)
        Long maxBackoffMs,
    @JsonProperty("timeout_seconds")
        @JsonPropertyDescription("connect and response timeout per request; default 60")
        @Min(1)
        Integer timeoutSeconds,
    @JsonProperty("sample_size")
        @JsonPropertyDescription("records read to infer each stream's schema; default 100")
        @Min(1)
        Integer sampleSize) {
  public HttpSourceConfig {
    manifest = manifest == null || manifest.isBlank() ? null : manifest.trim();
    inputs = inputs == null ? Map.of() : StreamConfig.copy(inputs);
    secrets = secrets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(secrets));
    baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.trim();
    headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    streams = streams == null ? List.of() : List.copyOf(streams);
    maxAttempts = maxAttempts == null ? 5 : maxAttempts;
    initialBackoffMs = initialBackoffMs == null ? 1000L : initialBackoffMs;
    maxBackoffMs = maxBackoffMs == null ? 60_000L : maxBackoffMs;
    timeoutSeconds = timeoutSeconds == null ? 60 : timeoutSeconds;
    sampleSize = sampleSize == null ? 100 : sampleSize;
  }

  @Override
  public String toString() {
    // Records print every component; this one holds secrets.
    return "HttpSourceConfig[manifest=" + manifest + ", base_url=" + baseUrl + ", streams="
        + streams.stream().map(StreamConfig::name).toList() + "]";
  }
}
