package io.dataaggregator.connector.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.spi.ConnectorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding, checking and rendering manifests, and how a config's own settings override them. */
class ManifestTest {
  @TempDir Path dir;

  private static HttpErrorCode code(Throwable e) {
    return (HttpErrorCode) ((ConnectorException) e).errorCode();
  }

  @Test
  void anUnknownManifestNamesTheBuiltInsAndThePathLookedAt() {
    assertThatThrownBy(() -> ApiResolver.resolve(Reads.config("manifest: salesforse")))
        .hasMessageStartingWith("manifest 'salesforse' is neither a built-in manifest (hubspot, salesforce) nor a file"
            + " (looked for ")
        .satisfies(e -> assertThat(code(e)).isEqualTo(HttpErrorCode.INVALID_MANIFEST));
  }

  @Test
  void anUnknownInputIsRefusedListingTheManifestsInputs() {
    var config = Reads.config("manifest: hubspot\ninputs: {acess_token: x}");
    assertThatThrownBy(() -> ApiResolver.resolve(config))
        .hasMessage("manifest hubspot has no input 'acess_token' (given under inputs); its inputs are [access_token,"
            + " base_url, companies_properties, contacts_properties, deals_properties, flatten, start_date,"
            + " tickets_properties]");
  }

  @Test
  void aSecretGivenUnderInputsIsRefusedSoThatItStaysMasked() {
    var config = Reads.config("manifest: hubspot\ninputs: {access_token: pat-1}");
    assertThatThrownBy(() -> ApiResolver.resolve(config))
        .hasMessageContaining("input 'access_token' is secret: give it under secrets, not inputs");
  }

  @Test
  void inputsWithoutAManifestAreRefused() {
    var config = Reads.config("base_url: http://127.0.0.1:9\ninputs: {a: 1}\nstreams: [{name: s}]");
    assertThatThrownBy(() -> ApiResolver.resolve(config)).hasMessageContaining("set manifest, or remove them");
  }

  @Test
  void theBuiltInManifestsResolveWithTheirDefaults() {
    var sf = ApiResolver.resolve(Reads.config("""
        manifest: salesforce
        inputs: {instance_url: "https://acme.my.salesforce.com"}
        secrets: {access_token: "00D!x"}
        """));
    assertThat(sf.streams()).extracting(StreamConfig::name)
        .containsExactly("Account", "Contact", "Opportunity", "Lead", "Case", "User");
    assertThat(sf.streams().get(2).params()).containsEntry("q",
        "SELECT FIELDS(STANDARD) FROM Opportunity ORDER BY SystemModstamp ASC");
    assertThat(sf.streams().get(2).path()).isEqualTo("/services/data/v62.0/query");
    assertThat(sf.auth().token()).isEqualTo("00D!x");
    assertThat(sf.setting("token")).isEqualTo("secrets.access_token");
    assertThat(sf.requestsPerSecond()).isEqualTo(5.0);
    var hs = ApiResolver.resolve(Reads.config("manifest: hubspot\nsecrets: {access_token: pat}\n"));
    assertThat(hs.baseUrl()).hasToString("https://api.hubapi.com");
    assertThat(hs.streams()).extracting(StreamConfig::name).containsExactly("contacts", "companies", "deals", "tickets");
    assertThat(hs.streams().getFirst().flatten()).containsExactly("properties");
  }

  @Test
  void aManifestFileDescribesANewApiWithoutCode() throws IOException {
    Path file = dir.resolve("weather.yaml");
    Files.writeString(file, """
        id: weather
        inputs:
          host: {description: the API host}
          api_key: {secret: true}
          cities: {default: [paris, oslo]}
          units: {default: metric}
        base_url: "https://{{ inputs.host }}/v2"
        auth: {type: api_key, api_key: "{{ inputs.api_key }}", query_param: key}
        streams:
          - for_each: "{{ inputs.cities }}"
            name: "weather_{{ item }}"
            path: "/observations/{{ item }}"
            params: {units: "{{ inputs.units }}", since: "{{ cursor }}"}
            records: $.observations
        """);
    var api = ApiResolver.resolve(Reads.config("""
        manifest: %s
        inputs: {host: api.weather.example, cities: [lima]}
        secrets: {api_key: k-1}
        """.formatted(file)));
    assertThat(api.baseUrl()).hasToString("https://api.weather.example/v2");
    assertThat(api.streams()).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo("weather_lima");
      assertThat(s.path()).isEqualTo("/observations/lima");
      assertThat(s.params()).containsEntry("units", "metric").containsEntry("since", "{{ cursor }}");
    });
    assertThat(api.setting("api_key")).isEqualTo("secrets.api_key");
  }

  @Test
  void aManifestThatUsesAnUndeclaredInputIsReported() throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "id: bad\nbase_url: '{{ inputs.host }}'\nstreams: [{name: s}]\n");
    assertThatThrownBy(() -> ApiResolver.resolve(Reads.config("manifest: " + file)))
        .hasMessage("manifest bad uses {{ inputs.host }} but declares no input 'host'");
  }

  @Test
  void aManifestThatIsNotYamlSaysWhere() throws IOException {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "id: broken\nstreams: [{name: s\n");
    assertThatThrownBy(() -> ApiResolver.resolve(Reads.config("manifest: " + file)))
        .hasMessageContaining("manifest file " + file + " is not valid YAML")
        .hasMessageContaining("line 3");
  }

  @Test
  void aManifestMissingItsStreamsFailsItsSchema() throws IOException {
    Path file = dir.resolve("empty.yaml");
    Files.writeString(file, "id: empty\nbase_url: https://x.example\nstreams: []\nextra: 1\n");
    assertThatThrownBy(() -> ApiResolver.resolve(Reads.config("manifest: " + file)))
        .hasMessageContaining("manifest file " + file + " is invalid")
        .hasMessageContaining("streams")
        .hasMessageContaining("extra: is not a known setting");
  }

  @Test
  void theConfigsOwnSettingsWinOverTheManifests() {
    var api = ApiResolver.resolve(Reads.config("""
        manifest: hubspot
        base_url: http://127.0.0.1:8089
        auth: {type: bearer, token: other}
        headers: {X-Trace: on}
        requests_per_second: 50
        streams: [{name: owners, path: /crm/v3/owners, records: results}]
        """));
    assertThat(api.baseUrl()).hasToString("http://127.0.0.1:8089");
    assertThat(api.auth().token()).isEqualTo("other");
    assertThat(api.setting("token")).isEqualTo("auth.token");
    assertThat(api.streams()).extracting(StreamConfig::name).containsExactly("owners");
    assertThat(api.requestsPerSecond()).isEqualTo(50.0);
    assertThat(api.headers()).containsEntry("X-Trace", "on");
  }

  @Test
  void streamSettingsThatCannotWorkAreRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> ApiResolver.resolve(Reads.config(
        "base_url: http://127.0.0.1:9\nstreams: [{name: s, pagination: {type: cursor}}]")))
        .hasMessageContaining("stream s, pagination: type cursor needs token_path");
    assertThatThrownBy(() -> ApiResolver.resolve(Reads.config(
        "base_url: http://127.0.0.1:9\nstreams: [{name: s, schema: {price: money}}]")))
        .hasMessageContaining("stream s, schema.price: unknown type 'money'");
    assertThatThrownBy(() -> ApiResolver.resolve(Reads.config(
        "base_url: http://127.0.0.1:9\nstreams: [{name: s, params: {q: '{{ query }}'}}]")))
        .hasMessageContaining("uses {{ query }}; in stream settings only {{ cursor }} is known");
    assertThatThrownBy(() -> ApiResolver.resolve(Reads.config("base_url: ftp://x\nstreams: [{name: s}]")))
        .hasMessageContaining("base_url 'ftp://x' is not an absolute http(s) URL");
    assertThatThrownBy(() -> ApiResolver.resolve(Reads.config(
        "base_url: http://127.0.0.1:9\nstreams: [{name: s, incremental: {cursor_field: t, format: 'yyyy-qq-bb'}}]")))
        .hasMessageContaining("incremental.format 'yyyy-qq-bb' is neither");
    assertThatThrownBy(() -> ApiResolver.resolve(Reads.config(
        "base_url: http://127.0.0.1:9\nstreams: [{name: s}, {name: s}]")))
        .hasMessageContaining("two streams named 's'");
  }
}
