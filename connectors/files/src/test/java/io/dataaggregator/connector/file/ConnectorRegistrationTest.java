package io.dataaggregator.connector.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.connector.file.csv.CsvSourceConfig;
import io.dataaggregator.connector.file.json.JsonSourceConfig;
import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.config.ConfigSchemas;
import io.dataaggregator.engine.config.InvalidConfigException;
import io.dataaggregator.engine.spi.Registry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectorRegistrationTest {
  @Test
  void registersCsvAndJsonSourcesAndDestinations() {
    Registry registry = Registry.load();
    assertThat(registry.sourceIds()).contains("csv", "json");
    assertThat(registry.destinationIds()).contains("csv", "json");
    for (String id : new String[] {"csv", "json"}) {
      assertThat(ConfigSchemas.of(registry.source(id).orElseThrow().spec().configType()).toString())
          .contains("\"path\"");
      assertThat(
              ConfigSchemas.of(registry.destination(id).orElseThrow().spec().configType())
                  .toString())
          .contains("\"path\"");
    }
  }

  @Test
  void bindsSnakeCaseYamlKeysWithColumnsInWrittenOrder() {
    var columns = new LinkedHashMap<String, Object>();
    columns.put("zeta", "int");
    columns.put("alpha", "decimal(10,2)");
    Map<String, Object> yaml = new LinkedHashMap<>();
    yaml.put("path", "data/*.csv");
    yaml.put("delimiter", ";");
    yaml.put("sample_rows", 50);
    yaml.put("max_field_bytes", 4096);
    yaml.put("columns", columns);
    CsvSourceConfig config = ConfigBinder.bind(yaml, CsvSourceConfig.class, "csv source");
    assertThat(config.columns().keySet()).containsExactly("zeta", "alpha");
    assertThat(config.sampleRows()).isEqualTo(50);
    assertThat(config.maxFieldBytes()).isEqualTo(4096);
    assertThat(config.header()).isTrue();
    assertThat(config.quote()).isEqualTo("\"");
  }

  @Test
  void rejectsUnknownSettingsAndBadFormats() {
    Map<String, Object> yaml = Map.of("path", "x.json", "format", "xml", "colums", Map.of());
    try {
      ConfigBinder.bind(yaml, JsonSourceConfig.class, "json source");
      throw new AssertionError("expected invalid config");
    } catch (InvalidConfigException e) {
      assertThat(e.problems())
          .extracting(p -> p.path())
          .containsExactlyInAnyOrder("format", "colums");
    }
  }
}
