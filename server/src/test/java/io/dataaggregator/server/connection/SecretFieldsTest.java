package io.dataaggregator.server.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.config.ConfigBinder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SecretFieldsTest {
  /**
   * A schema like the http source's: a top-level secret, one in a nested object, a map of secrets.
   */
  private static final JsonNode SCHEMA =
      ConfigBinder.MAPPER.readTree(
          """
          {"$defs": {"Map": {"type": "object"}, "Auth": {"type": "object", "properties": {
             "user": {"type": "string"}, "token": {"type": "string", "format": "password", "writeOnly": true}}}},
           "type": "object", "properties": {
             "host": {"type": "string"},
             "password": {"type": "string", "format": "password", "writeOnly": true},
             "auth": {"$ref": "#/$defs/Auth"},
             "secrets": {"$ref": "#/$defs/Map", "writeOnly": true},
             "streams": {"type": "array", "items": {"type": "object", "properties": {
                "name": {"type": "string"}, "api_key": {"type": "string", "writeOnly": true}}}}}}
          """);

  private final SecretFields fields = SecretFields.of(SCHEMA);

  private static Map<String, Object> config() {
    var config = new LinkedHashMap<String, Object>();
    config.put("host", "db");
    config.put("password", "pw");
    config.put("auth", new LinkedHashMap<>(Map.of("user", "ann", "token", "tk")));
    config.put("secrets", new LinkedHashMap<>(Map.of("a", "1", "b", "2")));
    config.put("streams", List.of(Map.of("name", "s", "api_key", "k")));
    return config;
  }

  @Test
  void masksEverySecretAtAnyDepthAndNothingElse() {
    Map<String, Object> masked = fields.mask(config());
    assertThat(masked.get("host")).isEqualTo("db");
    assertThat(masked.get("password")).isEqualTo("***");
    assertThat(masked.get("auth")).isEqualTo(Map.of("user", "ann", "token", "***"));
    assertThat(masked.get("secrets")).isEqualTo(Map.of("a", "***", "b", "***"));
    assertThat(masked.get("streams")).isEqualTo(List.of(Map.of("name", "s", "api_key", "***")));
  }

  @Test
  void changesEachSecretTextWithItsPointer() {
    var seen = new ArrayList<String>();
    fields.mapTexts(
        config(),
        (pointer, text) -> {
          seen.add(pointer + "=" + text);
          return text;
        });
    assertThat(seen)
        .containsExactlyInAnyOrder(
            "/password=pw",
            "/auth/token=tk",
            "/secrets/a=1",
            "/secrets/b=2",
            "/streams/0/api_key=k");
  }

  @Test
  void anEditKeepsSecretsLeftOutOrMaskedAndTakesNewOnes() {
    var edit = new LinkedHashMap<String, Object>();
    edit.put("host", "db2");
    edit.put("auth", new LinkedHashMap<>(Map.of("user", "bob", "token", "***")));
    edit.put("secrets", new LinkedHashMap<>(Map.of("a", "***", "c", "3")));
    var problems = new ArrayList<String>();
    Map<String, Object> merged = fields.keepStored(edit, config(), problems);
    assertThat(problems).isEmpty();
    assertThat(merged.get("host")).isEqualTo("db2");
    assertThat(merged.get("password")).isEqualTo("pw");
    assertThat(merged.get("auth")).isEqualTo(Map.of("user", "bob", "token", "tk"));
    assertThat(merged.get("secrets")).isEqualTo(Map.of("a", "1", "c", "3"));
    assertThat(merged).doesNotContainKey("streams"); // a section left out is not brought back
  }

  @Test
  void aMaskWithNothingStoredIsAProblemAndAnEmptyTextClears() {
    var problems = new ArrayList<String>();
    Map<String, Object> merged =
        fields.keepStored(
            Map.of("password", "***", "auth", Map.of("token", "")), Map.of(), problems);
    assertThat(problems).containsExactly("/password");
    assertThat(
            fields.keepStored(Map.of("password", ""), config(), new ArrayList<>()).get("password"))
        .isEqualTo("");
    assertThat(merged.get("auth")).isEqualTo(Map.of("token", ""));
  }
}
