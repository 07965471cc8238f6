package io.dataaggregator.connector.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * An input a manifest declares: a value the user supplies in the connector config, under {@code
 * inputs}, or under {@code secrets} when it is secret (so that it is masked).
 */
record InputSpec(
    @JsonProperty("description") @JsonPropertyDescription("what to supply") String description,
    @JsonProperty("default")
        @JsonPropertyDescription("the value when none is given; without one the input is required where used")
        Object defaultValue,
    @JsonProperty("secret") @JsonPropertyDescription("supplied under secrets, masked") Boolean secret) {
  InputSpec {
    description = description == null ? "" : description;
    secret = secret != null && secret;
  }
}
