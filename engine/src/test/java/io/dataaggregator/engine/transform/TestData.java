package io.dataaggregator.engine.transform;

import de.siegmar.fastcsv.reader.CsvReader;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the vega-datasets slices in src/test/resources/data into batches, the way a source would:
 * JSON values keep their JSON types (whole numbers bigint, others double, objects and arrays json);
 * CSV values are text. Not the files connector: that one lives in another module.
 */
public final class TestData {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private TestData() {}

  /** A JSON array of objects; field types from the first non-null value of each field. */
  public static Batch json(String name) {
    JsonNode array = JSON.readTree(read(name));
    var types = new LinkedHashMap<String, DataType>();
    for (JsonNode record : array) {
      for (var entry : record.properties()) {
        if (!entry.getValue().isNull()) {
          types.merge(entry.getKey(), typeOf(entry.getValue()), TestData::wider);
        }
      }
    }
    var schema =
        new Schema(types.entrySet().stream().map(e -> Field.of(e.getKey(), e.getValue())).toList());
    var rows = new ArrayList<Object[]>();
    for (JsonNode record : array) {
      Object[] row = new Object[schema.size()];
      for (int i = 0; i < row.length; i++) {
        row[i] = valueOf(record.get(schema.field(i).name()), schema.field(i).type());
      }
      rows.add(row);
    }
    return new Batch(schema, rows);
  }

  /** The same file with every value as the text a CSV would hold (null stays null). */
  public static Batch jsonAsText(String name) {
    Batch typed = json(name);
    var schema =
        new Schema(typed.schema().fields().stream().map(f -> f.withType(DataType.STRING)).toList());
    var rows = new ArrayList<Object[]>();
    for (Object[] row : typed.rows()) {
      Object[] text = new Object[row.length];
      for (int i = 0; i < row.length; i++) {
        text[i] = row[i] == null ? null : row[i].toString();
      }
      rows.add(text);
    }
    return new Batch(schema, rows);
  }

  /** A CSV file with a header; every field is text. */
  public static Batch csv(String name) {
    var rows = new ArrayList<Object[]>();
    Schema schema = null;
    try (var reader =
        CsvReader.builder().ofCsvRecord(new String(read(name), StandardCharsets.UTF_8))) {
      for (var record : reader) {
        if (schema == null) {
          schema =
              new Schema(
                  record.getFields().stream().map(n -> Field.of(n, DataType.STRING)).toList());
        } else {
          rows.add(record.getFields().toArray());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Batch(schema, rows);
  }

  /** The rows of a batch as maps, for readable assertions. */
  public static List<Map<String, Object>> maps(Batch batch) {
    var out = new ArrayList<Map<String, Object>>();
    for (Object[] row : batch.rows()) {
      var map = new LinkedHashMap<String, Object>();
      for (int i = 0; i < row.length; i++) {
        map.put(batch.schema().field(i).name(), row[i]);
      }
      out.add(map);
    }
    return out;
  }

  /** The values of one field. */
  public static List<Object> column(Batch batch, String field) {
    int index = batch.schema().require(field);
    return batch.rows().stream().map(r -> r[index]).toList();
  }

  static byte[] read(String name) {
    try (InputStream in = TestData.class.getResourceAsStream("/data/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test data file " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whole numbers and fractions make double; any other mix makes string. */
  private static DataType wider(DataType a, DataType b) {
    if (a.equals(b)) {
      return a;
    }
    boolean numbers =
        (a.equals(DataType.BIGINT) || a.equals(DataType.DOUBLE))
            && (b.equals(DataType.BIGINT) || b.equals(DataType.DOUBLE));
    return numbers ? DataType.DOUBLE : DataType.STRING;
  }

  private static DataType typeOf(JsonNode node) {
    if (node.isIntegralNumber()) {
      return DataType.BIGINT;
    } else if (node.isNumber()) {
      return DataType.DOUBLE;
    } else if (node.isBoolean()) {
      return DataType.BOOLEAN;
    } else if (node.isString()) {
      return DataType.STRING;
    }
    return DataType.JSON;
  }

  private static Object valueOf(JsonNode node, DataType type) {
    if (node == null || node.isNull()) {
      return null;
    }
    return switch (type.kind()) {
      case BIGINT -> node.longValue();
      case DOUBLE -> node.doubleValue();
      case BOOLEAN -> node.booleanValue();
      case STRING -> node.isString() ? node.stringValue() : node.toString();
      default -> new JsonText(node.toString());
    };
  }
}
