package io.dataaggregator.connector.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Map;

/**
 * A manifest as written: a whole API (base URL, auth, streams) with {@code {{ inputs.NAME }}}
 * placeholders for what differs between users. Its streams and auth stay raw maps here because
 * they can only be checked once the placeholders are rendered ({@link ManifestResolver}).
 */
record ManifestFile(
    @JsonProperty("id") @NotBlank String id,
    @JsonProperty("title") String title,
    @JsonProperty("description") String description,
    @JsonProperty("inputs") Map<String, InputSpec> inputs,
    @JsonProperty("base_url") @NotBlank String baseUrl,
    @JsonProperty("auth") Map<String, Object> auth,
    @JsonProperty("headers") Map<String, String> headers,
    @JsonProperty("requests_per_second") Double requestsPerSecond,
    @JsonProperty("streams") @NotEmpty List<Map<String, Object>> streams) {
  ManifestFile {
    title = title == null ? id : title;
    description = description == null ? "" : description;
    inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
    auth = auth == null ? null : StreamConfig.copy(auth);
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    streams = List.copyOf(streams);
  }
}
