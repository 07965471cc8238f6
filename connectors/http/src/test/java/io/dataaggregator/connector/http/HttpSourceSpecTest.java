package io.dataaggregator.connector.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.config.ConfigSchemas;
import io.dataaggregator.engine.spi.Registry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The connector as the CLI and the UI see it: registered, its schema, its config binding. */
class HttpSourceSpecTest {
  @Test
  void isFoundByServiceLoaderAsHttp() {
    assertThat(Registry.load().source("http")).get().isInstanceOf(HttpSource.class);
  }

  @Test
  void secretsAreMarkedInTheSchema() {
    JsonNode schema = ConfigSchemas.of(HttpSourceConfig.class);
    assertThat(schema.at("/properties/secrets/writeOnly").asBoolean()).isTrue();
    JsonNode auth = schema.at("/properties/auth");
    JsonNode authProps = auth.has("$ref") ? schema.at("/$defs/AuthConfig/properties") : auth.get("properties");
    for (String secret : new String[] {"password", "token", "api_key", "client_secret", "refresh_token"}) {
      assertThat(authProps.at("/" + secret + "/writeOnly").asBoolean()).as(secret).isTrue();
      assertThat(authProps.at("/" + secret + "/format").asString()).isEqualTo("password");
    }
    assertThat(authProps.at("/type/enum").toString()).contains("oauth2_refresh_token", "api_key");
  }

  @Test
  void snakeCaseKeysBindAndUnknownOnesAreRefused() {
    var config = Reads.config("""
        base_url: https://api.example.com
        requests_per_second: 2.5
        streams:
          - name: cars
            primary_key: [id]
            pagination: {type: offset, page_size: 25}
            incremental: {cursor_field: updated_at, format: iso}
        """);
    assertThat(config.requestsPerSecond()).isEqualTo(2.5);
    assertThat(config.maxAttempts()).isEqualTo(5);
    var stream = config.streams().getFirst();
    assertThat(stream.pagination().type()).isEqualTo(PaginationType.offset);
    assertThat(stream.pagination().sizeParam()).isEqualTo("limit");
    assertThat(stream.records()).isEqualTo("$");
    assertThatThrownBy(() -> Reads.config("base_url: x\nstreams: [{name: a, page_size: 3}]"))
        .hasMessageContaining("streams[0].page_size: is not a known setting");
  }

  @Test
  void configsNeverPrintTheirSecrets() {
    var config = Reads.config("base_url: https://x\nauth: {type: bearer, token: sk-live-123}\nsecrets: {k: v}\nstreams: [{name: s}]");
    assertThat(config.toString()).doesNotContain("sk-live-123");
    assertThat(config.auth().toString()).doesNotContain("sk-live-123");
  }
}
