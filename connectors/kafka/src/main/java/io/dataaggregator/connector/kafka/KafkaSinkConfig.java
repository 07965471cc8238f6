package io.dataaggregator.connector.kafka;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.dataaggregator.engine.spi.Secret;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Configuration of the {@code kafka} destination. The topic is the pipeline's destination table
 * (by default the stream's name).
 */
public record KafkaSinkConfig(
    @JsonProperty("bootstrap_servers") @NotBlank
        @JsonPropertyDescription("Brokers to connect to first, host:port separated by commas")
        String bootstrapServers,
    @JsonProperty("key_fields")
        @JsonPropertyDescription("Fields that make the message key (one: its text; several: a JSON object). Default: the upsert key, else _key if present, else no key")
        List<String> keyFields,
    @JsonProperty("header_fields")
        @JsonPropertyDescription("Fields also sent as headers, named after the field, value as text")
        List<String> headerFields,
    @JsonProperty("headers") @JsonPropertyDescription("Headers added to every message")
        Map<String, Object> headers,
    @JsonProperty("create_topics")
        @JsonPropertyDescription("Create the topic and <topic>__rejected with the broker's defaults when missing (default true)")
        Boolean createTopics,
    @JsonProperty("compression") @Pattern(regexp = "none|gzip|snappy|lz4|zstd")
        @JsonPropertyDescription("none, gzip, snappy, lz4 (default) or zstd")
        String compression,
    @JsonProperty("linger_ms") @Min(0) @Max(60_000)
        @JsonPropertyDescription("How long the producer waits to fill a request, in ms (default 5)")
        Integer lingerMs,
    @JsonProperty("properties")
        @JsonPropertyDescription("Extra Kafka producer properties: security.protocol, sasl.mechanism, ssl.truststore.location, ...")
        Map<String, Object> properties,
    @JsonProperty("sasl_username") @JsonPropertyDescription("SASL user name (PLAIN or SCRAM)")
        String saslUsername,
    @JsonProperty("sasl_password") @Secret @JsonPropertyDescription("SASL password")
        String saslPassword,
    @JsonProperty("ssl_password") @Secret
        @JsonPropertyDescription("Password of the SSL trust store, key store and key")
        String sslPassword,
    @JsonProperty("timeout_ms") @Min(100)
        @JsonPropertyDescription("How long to wait for the brokers before failing, in ms (default 30000)")
        Integer timeoutMs)
    implements KafkaConnection {

  public KafkaSinkConfig {
    keyFields = keyFields == null ? List.of() : List.copyOf(keyFields);
    headerFields = headerFields == null ? List.of() : List.copyOf(headerFields);
    headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    createTopics = createTopics == null || createTopics;
    compression = compression == null ? "lz4" : compression;
    lingerMs = lingerMs == null ? 5 : lingerMs;
    properties = ClientProperties.copyOf(properties);
    saslUsername = saslUsername == null ? "" : saslUsername;
    saslPassword = saslPassword == null ? "" : saslPassword;
    sslPassword = sslPassword == null ? "" : sslPassword;
    timeoutMs = timeoutMs == null ? 30_000 : timeoutMs;
  }
}
