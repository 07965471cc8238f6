package io.dataaggregator.connector.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SchemaInferenceTest {
  private static Schema infer(Map<String, String> declared, boolean textOnly, String... records) {
    var nodes = new ArrayList<JsonNode>();
    for (String r : records) {
      nodes.add(Reads.JSON.readTree(r));
    }
    return SchemaInference.infer(nodes, declared, textOnly);
  }

  private static DataType type(Schema s, String field) {
    return s.field(s.require(field)).type();
  }

  @Test
  void jsonValuesGiveTheirTypes() {
    Schema s = infer(Map.of(), false, """
        {"id": 12, "big": 123456789012345678901234, "price": 9.99, "ok": true, "name": "x",
         "day": "2024-05-01", "at": "2024-05-01T10:00:00.000+0000", "local": "2024-05-01 10:00:00",
         "tags": ["a"], "address": {"city": "Paris"}, "nothing": null}""");
    assertThat(s.names()).containsExactly("id", "big", "price", "ok", "name", "day", "at", "local", "tags", "address", "nothing");
    assertThat(s.fields()).extracting(f -> f.type().toString()).containsExactly(
        "bigint", "decimal(38,0)", "double", "boolean", "string", "date", "timestamp_tz", "timestamp", "json", "json", "string");
    assertThat(s.fields()).allMatch(f -> f.nullable());
  }

  @Test
  void mixedValuesWidenOrFallBackToString() {
    Schema s = infer(Map.of(), false,
        "{\"n\": 1, \"w\": 1, \"d\": \"2024-01-01\", \"j\": {\"a\": 1}, \"s\": \"abc\"}",
        "{\"n\": 1.5, \"w\": 99999999999999999999, \"d\": \"soon\", \"j\": \"text\", \"s\": 3}");
    assertThat(type(s, "n")).isEqualTo(DataType.DOUBLE);
    assertThat(type(s, "w")).isEqualTo(DataType.decimal(38, 0));
    assertThat(type(s, "d")).isEqualTo(DataType.STRING);
    assertThat(type(s, "j")).isEqualTo(DataType.JSON);
    assertThat(type(s, "s")).isEqualTo(DataType.STRING);
  }

  @Test
  void inJsonNumbersInStringsStayStringsButInXmlTheyAreNumbers() {
    String record = "{\"qty\": \"42\", \"ratio\": \"0.5\", \"zip\": \"02139\", \"flag\": \"true\"}";
    Schema json = infer(Map.of(), false, record);
    assertThat(json.fields()).allMatch(f -> f.type().equals(DataType.STRING));
    Schema xml = infer(Map.of(), true, record);
    assertThat(type(xml, "qty")).isEqualTo(DataType.BIGINT);
    assertThat(type(xml, "ratio")).isEqualTo(DataType.DOUBLE);
    assertThat(type(xml, "zip")).as("a leading zero would be lost").isEqualTo(DataType.STRING);
    assertThat(type(xml, "flag")).isEqualTo(DataType.BOOLEAN);
  }

  @Test
  void declaredTypesWinAndDeclaredFieldsExistWithoutSamples() {
    Schema s = infer(Map.of("price", "decimal(12,2)", "sku", "string"), false, "{\"price\": 9.99}");
    assertThat(type(s, "price")).isEqualTo(DataType.decimal(12, 2));
    assertThat(type(s, "sku")).isEqualTo(DataType.STRING);
    assertThat(infer(Map.of(), false).fields()).isEmpty();
    assertThat(SchemaInference.infer(List.of(), Map.of("id", "bigint"), false).names()).containsExactly("id");
  }
}
