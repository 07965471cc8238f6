package io.dataaggregator.connector.kafka;

import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Schema;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Turns rows into messages: the value is a JSON object of every field but the source's metadata
 * fields; the key comes from the key fields; headers from the configured headers, the header
 * fields and a {@code _headers} JSON object; the timestamp from {@code _timestamp} when present.
 * Not thread-safe.
 */
final class RowEncoder {
  private final Schema schema;
  private final int[] value;
  private final int[] key;
  private final int[] headerFields;
  private final List<Header> fixedHeaders = new ArrayList<>();
  private final int headersField;
  private final int timestampField;

  RowEncoder(Schema schema, List<String> keyFields, List<String> headerFields, Map<String, Object> headers) {
    this.schema = schema;
    this.value = java.util.stream.IntStream.range(0, schema.size())
        .filter(i -> !MetaFields.isMeta(schema.field(i).name())).toArray();
    this.key = indexes(keyFields, "key_fields");
    this.headerFields = indexes(headerFields, "header_fields");
    headers.forEach((k, v) -> fixedHeaders.add(header(k, v == null ? null : String.valueOf(v))));
    this.headersField = schema.indexOf(MetaFields.HEADERS).orElse(-1);
    this.timestampField = schema.indexOf(MetaFields.TIMESTAMP).orElse(-1);
  }

  private int[] indexes(List<String> names, String setting) {
    try {
      return names.stream().mapToInt(schema::require).toArray();
    } catch (IllegalArgumentException e) {
      throw new ConnectorException(KafkaErrorCode.BAD_CONFIG, setting + ": " + e.getMessage());
    }
  }

  ProducerRecord<byte[], byte[]> encode(String topic, Object[] row) {
    var headers = new ArrayList<>(fixedHeaders);
    for (int i : headerFields) {
      Object v = row[i];
      headers.add(header(schema.field(i).name(), v == null ? null : JsonValues.plain(v)));
    }
    if (headersField >= 0 && row[headersField] instanceof JsonText json) {
      addHeaders(headers, JsonValues.MAPPER.readTree(json.json()));
    }
    return new ProducerRecord<>(topic, null, timestamp(row), key(row), json(row, value), headers);
  }

  private byte[] key(Object[] row) {
    if (key.length == 0) {
      return null;
    }
    if (key.length > 1) {
      return json(row, key);
    }
    Object v = row[key[0]];
    return v == null ? null : v instanceof byte[] b ? b : JsonValues.plain(v).getBytes(StandardCharsets.UTF_8);
  }

  private Long timestamp(Object[] row) {
    Object v = timestampField < 0 ? null : row[timestampField];
    return switch (v) {
      case OffsetDateTime t -> t.toInstant().toEpochMilli();
      case LocalDateTime t -> t.toInstant(ZoneOffset.UTC).toEpochMilli();
      case null, default -> null;
    };
  }

  /** A JSON object of the fields at {@code indexes}. */
  private byte[] json(Object[] row, int[] indexes) {
    var out = new ByteArrayOutputStream(64 + 16 * indexes.length);
    try (JsonGenerator g = JsonValues.MAPPER.createGenerator(out)) {
      g.writeStartObject();
      for (int i : indexes) {
        g.writeName(schema.field(i).name());
        JsonValues.write(g, row[i]);
      }
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  private static void addHeaders(List<Header> headers, JsonNode object) {
    for (var e : object.properties()) {
      JsonNode v = e.getValue();
      if (v.isArray()) {
        v.forEach(item -> headers.add(header(e.getKey(), text(item))));
      } else {
        headers.add(header(e.getKey(), text(v)));
      }
    }
  }

  private static String text(JsonNode node) {
    return node.isNull() ? null : node.isString() ? node.stringValue() : node.toString();
  }

  private static Header header(String name, String text) {
    return new RecordHeader(name, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
  }
}
