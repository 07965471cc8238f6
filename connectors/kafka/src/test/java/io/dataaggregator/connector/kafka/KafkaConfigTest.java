package io.dataaggregator.connector.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.config.ConfigSchemas;
import io.dataaggregator.engine.config.InvalidConfigException;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaConfigTest {
  private static KafkaSourceConfig source(Map<String, Object> config) {
    return ConfigBinder.bind(config, KafkaSourceConfig.class, "kafka source config");
  }

  @Test
  void sourceDefaultsAreFilledIn() {
    var c = source(Map.of("bootstrap_servers", "b:9092", "topics", List.of("orders")));

    assertThat(c.groupId()).isEmpty();
    assertThat(c.startFrom()).isEqualTo("earliest");
    assertThat(c.continuous()).isFalse();
    assertThat(c.format()).isEqualTo("json");
    assertThat(c.sampleSize()).isEqualTo(1000);
    assertThat(c.batchSize()).isEqualTo(5000);
    assertThat(c.timeoutMs()).isEqualTo(30_000);
    assertThat(c.schema()).isEmpty();
  }

  @Test
  void sinkDefaultsAreFilledIn() {
    var c = ConfigBinder.bind(Map.of("bootstrap_servers", "b:9092"), KafkaSinkConfig.class, "kafka sink");

    assertThat(c.createTopics()).isTrue();
    assertThat(c.compression()).isEqualTo("lz4");
    assertThat(c.lingerMs()).isEqualTo(5);
    assertThat(c.keyFields()).isEmpty();
    assertThat(c.timeoutMs()).isEqualTo(30_000);
  }

  @Test
  void passwordsAreSecretsInTheSchema() {
    var props = ConfigSchemas.of(KafkaSourceConfig.class).get("properties");

    assertThat(props.get("sasl_password").get("writeOnly").asBoolean()).isTrue();
    assertThat(props.get("ssl_password").get("format").asString()).isEqualTo("password");
    assertThat(ConfigSchemas.of(KafkaSinkConfig.class).get("properties").get("sasl_password")
        .get("writeOnly").asBoolean()).isTrue();
  }

  @Test
  void acceptsAnyClientPropertyWithAnyScalarValue() {
    var c = source(Map.of("bootstrap_servers", "b:9092", "topic_pattern", "orders-.*",
        "properties", Map.of("security.protocol", "SSL", "fetch.max.bytes", 1048576)));

    assertThat(c.properties()).containsEntry("fetch.max.bytes", 1048576);
  }

  @Test
  void valueSchemaKeepsTheOrderWritten() {
    var schema = new java.util.LinkedHashMap<String, String>();
    schema.put("id", "bigint");
    schema.put("price", "decimal(10,2)");
    schema.put("at", "timestamp_tz");
    var c = source(Map.of("bootstrap_servers", "b:9092", "topics", List.of("t"), "schema", schema));

    assertThat(c.valueFields()).containsExactly(Field.of("id", DataType.BIGINT),
        Field.of("price", DataType.decimal(10, 2)), Field.of("at", DataType.TIMESTAMP_TZ));
  }

  @Test
  void needsExactlyOneOfTopicsAndPattern() {
    assertThatThrownBy(() -> source(Map.of("bootstrap_servers", "b:9092")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("set either topics (a list) or topic_pattern");
    assertThatThrownBy(() -> source(Map.of("bootstrap_servers", "b:9092", "topics", List.of("a"),
        "topic_pattern", "a.*")))
        .hasMessageContaining("set either topics (a list) or topic_pattern");
  }

  @Test
  void rejectsAnUnknownTypeNamingTheField() {
    assertThatThrownBy(() -> source(Map.of("bootstrap_servers", "b:9092", "topics", List.of("a"),
        "schema", Map.of("amount", "money"))))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("schema field 'amount': unknown type 'money'");
  }

  @Test
  void rejectsAValueFieldNamedLikeMetadata() {
    assertThatThrownBy(() -> source(Map.of("bootstrap_servers", "b:9092", "topics", List.of("a"),
        "schema", Map.of("_offset", "bigint"))))
        .hasMessageContaining("schema field '_offset' clashes with a metadata field");
  }

  @Test
  void rejectsABadPatternAndUnknownSettings() {
    assertThatThrownBy(() -> source(Map.of("bootstrap_servers", "b:9092", "topic_pattern", "(")))
        .hasMessageContaining("topic_pattern is not a valid regular expression");
    assertThatThrownBy(() -> source(Map.of("bootstrap_servers", "b:9092", "topics", List.of("a"),
        "group", "g")))
        .hasMessageContaining("group: is not a known setting");
  }

  @Test
  void saslCredentialsBecomeAJaasConfigWithQuotesEscaped() {
    var c = source(Map.of("bootstrap_servers", "b:9092", "topics", List.of("a"),
        "sasl_username", "app", "sasl_password", "p\"w", "properties", Map.of("sasl.mechanism", "SCRAM-SHA-512")));

    var props = ClientProperties.common(c, "test");

    assertThat(props.getProperty("sasl.jaas.config")).isEqualTo(
        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"app\" password=\"p\\\"w\";");
    assertThat(props.getProperty("security.protocol")).isEqualTo("SASL_SSL");
  }

  @Test
  void sslPasswordGoesToTheStoresThatAreConfigured() {
    var c = source(Map.of("bootstrap_servers", "b:9092", "topics", List.of("a"), "ssl_password", "s3",
        "properties", Map.of("ssl.truststore.location", "/etc/trust.jks")));

    var props = ClientProperties.common(c, "test");

    assertThat(props.getProperty("ssl.truststore.password")).isEqualTo("s3");
    assertThat(props).doesNotContainKey("ssl.keystore.password");
  }

  @Test
  void aClientPropertyWithoutAValueIsAConfigError() {
    var props = new java.util.HashMap<String, Object>();
    props.put("security.protocol", null);

    assertThatThrownBy(() -> source(Map.of("bootstrap_servers", "b:9092", "topics", List.of("a"),
        "properties", props)))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("properties.security.protocol has no value");
  }
}
