package io.dataaggregator.connector.kafka;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.dataaggregator.engine.spi.Secret;
import io.dataaggregator.engine.type.DataType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

/** Configuration of the {@code kafka} source; see the README for an example. */
public record KafkaSourceConfig(
    @JsonProperty("bootstrap_servers") @NotBlank
        @JsonPropertyDescription("Brokers to connect to first, host:port separated by commas")
        String bootstrapServers,
    @JsonProperty("topics") @JsonPropertyDescription("Topics to read, one stream each")
        List<String> topics,
    @JsonProperty("topic_pattern")
        @JsonPropertyDescription("Regular expression: every matching topic is a stream (instead of topics)")
        String topicPattern,
    @JsonProperty("group_id")
        @JsonPropertyDescription("Consumer group: offsets are committed to it after the destination committed; empty: none")
        String groupId,
    @JsonProperty("start_from") @Pattern(regexp = "earliest|latest")
        @JsonPropertyDescription("Where a partition with no checkpoint and no group offset starts: earliest (default) or latest")
        String startFrom,
    @JsonProperty("continuous")
        @JsonPropertyDescription("Keep reading new messages until cancelled; false (default) stops at the end offsets seen at start")
        Boolean continuous,
    @JsonProperty("format") @Pattern(regexp = "json")
        @JsonPropertyDescription("Message value format: json (an object per message)")
        String format,
    @JsonProperty("schema")
        @JsonPropertyDescription("Value fields and their types (field: type); empty: inferred from a sample of messages")
        Map<String, String> schema,
    @JsonProperty("sample_size") @Min(1) @Max(100_000)
        @JsonPropertyDescription("Messages per topic sampled to infer the schema (default 1000)")
        Integer sampleSize,
    @JsonProperty("batch_size") @Min(1) @Max(100_000)
        @JsonPropertyDescription("Most messages per batch (default 5000)")
        Integer batchSize,
    @JsonProperty("properties")
        @JsonPropertyDescription("Extra Kafka consumer properties: security.protocol, sasl.mechanism, ssl.truststore.location, ...")
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

  public KafkaSourceConfig {
    topics = topics == null ? List.of() : List.copyOf(topics);
    topicPattern = topicPattern == null ? "" : topicPattern;
    groupId = groupId == null ? "" : groupId;
    startFrom = startFrom == null ? "earliest" : startFrom;
    continuous = continuous != null && continuous;
    format = format == null ? "json" : format;
    schema = schema == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(schema));
    sampleSize = sampleSize == null ? 1000 : sampleSize;
    batchSize = batchSize == null ? 5000 : batchSize;
    properties = ClientProperties.copyOf(properties);
    saslUsername = saslUsername == null ? "" : saslUsername;
    saslPassword = saslPassword == null ? "" : saslPassword;
    sslPassword = sslPassword == null ? "" : sslPassword;
    timeoutMs = timeoutMs == null ? 30_000 : timeoutMs;
    if (topics.isEmpty() == topicPattern.isEmpty()) {
      throw new IllegalArgumentException("set either topics (a list) or topic_pattern (a regular expression)");
    }
    checkPattern(topicPattern);
    schema.forEach(KafkaSourceConfig::checkField);
  }

  private static void checkPattern(String pattern) {
    try {
      java.util.regex.Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("topic_pattern is not a valid regular expression: " + e.getDescription());
    }
  }

  private static void checkField(String name, String type) {
    if (MetaFields.isMeta(name)) {
      throw new IllegalArgumentException(
          "schema field '" + name + "' clashes with a metadata field " + MetaFields.NAMES);
    }
    try {
      DataType.parse(type);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("schema field '" + name + "': " + e.getMessage());
    }
  }

  /** The value fields given in the config, in order; empty when they are to be inferred. */
  public List<io.dataaggregator.engine.type.Field> valueFields() {
    return schema.entrySet().stream()
        .map(e -> io.dataaggregator.engine.type.Field.of(e.getKey(), DataType.parse(e.getValue())))
        .toList();
  }
}
