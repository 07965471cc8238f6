package io.dataaggregator.connector.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.connector.file.csv.CsvDestinationConfig;
import io.dataaggregator.connector.file.csv.CsvSourceConfig;
import io.dataaggregator.connector.file.excel.ExcelSourceConfig;
import io.dataaggregator.connector.file.json.JsonSourceConfig;
import io.dataaggregator.connector.file.parquet.ParquetDestinationConfig;
import io.dataaggregator.connector.file.xml.XmlSourceConfig;
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

  @Test
  void registersXmlExcelParquetAndTheRollingDestinations() {
    Registry registry = Registry.load();
    assertThat(registry.sourceIds()).contains("xml", "excel", "parquet");
    assertThat(registry.destinationIds()).contains("excel", "parquet");
    for (String id : new String[] {"csv", "json", "parquet"}) {
      assertThat(
              ConfigSchemas.of(registry.destination(id).orElseThrow().spec().configType())
                  .toString())
          .contains("\"max_file_bytes\"");
    }
  }

  @Test
  void bindsTheNewConnectorsSnakeCaseKeysWithDefaults() {
    XmlSourceConfig xml =
        ConfigBinder.bind(
            Map.of("path", "a.xml", "record_path", "/a/b", "namespaces", Map.of("p", "urn:x")),
            XmlSourceConfig.class,
            "xml source");
    assertThat(xml.namespaces()).containsEntry("p", "urn:x");
    assertThat(xml.textField()).isEqualTo("_text");
    ExcelSourceConfig excel =
        ConfigBinder.bind(
            Map.of("path", "a.xlsx", "header_row", 0, "sheets", java.util.List.of("S")),
            ExcelSourceConfig.class,
            "excel source");
    assertThat(excel.headerRow()).isZero();
    ParquetDestinationConfig parquet =
        ConfigBinder.bind(
            Map.of("path", "out", "max_file_bytes", 1048576, "timestamp_unit", "nanos"),
            ParquetDestinationConfig.class,
            "parquet destination");
    assertThat(parquet.maxFileBytes()).isEqualTo(1_048_576L);
    assertThat(parquet.compression()).isEqualTo("snappy");
    CsvDestinationConfig csv =
        ConfigBinder.bind(Map.of("path", "out"), CsvDestinationConfig.class, "csv destination");
    assertThat(csv.maxFileBytes()).isZero();
    try {
      ConfigBinder.bind(
          Map.of("path", "out", "compression", "lzo"), ParquetDestinationConfig.class, "parquet");
      throw new AssertionError("expected invalid config");
    } catch (InvalidConfigException e) {
      assertThat(e.problems()).extracting(p -> p.path()).containsExactly("compression");
    }
    try {
      ConfigBinder.bind(Map.of("path", "a.xml"), XmlSourceConfig.class, "xml source");
      throw new AssertionError("expected invalid config");
    } catch (InvalidConfigException e) {
      assertThat(e.problems()).extracting(p -> p.path()).containsExactly("record_path");
    }
  }
}
