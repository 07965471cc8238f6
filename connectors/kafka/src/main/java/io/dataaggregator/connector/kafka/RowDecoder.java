package io.dataaggregator.connector.kafka;

import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns messages into rows of a stream's schema: value fields from the JSON object, metadata fields
 * from the message. A value that is not a JSON object, or a field that does not fit its type,
 * becomes a {@link Rejection} with the message's partition and offset and its raw text. A null
 * value (a tombstone) gives a row whose value fields are null. Not thread-safe.
 */
final class RowDecoder {
  private final Schema schema;
  private final String stream;

  RowDecoder(Schema schema, String stream) {
    this.schema = schema;
    this.stream = stream;
  }

  Schema schema() {
    return schema;
  }

  /** Adds the message's row to {@code rows}, or its rejection to {@code rejections}. */
  void decode(ConsumerRecord<byte[], byte[]> message, List<Object[]> rows, List<Rejection> rejections) {
    JsonNode value = null;
    if (message.value() != null) {
      try {
        value = JsonValues.MAPPER.readTree(message.value());
      } catch (JacksonException e) {
        rejections.add(reject(message, "", "value is not valid JSON: " + e.getOriginalMessage()));
        return;
      }
      if (!value.isObject()) {
        rejections.add(reject(message, "", "value is a JSON " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
            + ", not an object"));
        return;
      }
    }
    var row = new Object[schema.size()];
    for (int i = 0; i < row.length; i++) {
      var field = schema.field(i);
      if (MetaFields.isMeta(field.name())) {
        row[i] = meta(field.name(), message);
        continue;
      }
      try {
        row[i] = value == null ? null : JsonValues.read(value.get(field.name()), field.type());
      } catch (IllegalArgumentException e) {
        rejections.add(reject(message, field.name(), "field " + field.name() + ": " + e.getMessage()));
        return;
      }
    }
    rows.add(row);
  }

  private Rejection reject(ConsumerRecord<byte[], byte[]> message, String field, String why) {
    String raw = message.value() == null ? "" : new String(message.value(), StandardCharsets.UTF_8);
    return new Rejection(stream, message.offset(), field,
        "topic " + message.topic() + " partition " + message.partition() + " offset " + message.offset()
            + ": " + why, raw);
  }

  private static Object meta(String name, ConsumerRecord<byte[], byte[]> m) {
    return switch (name) {
      case MetaFields.KEY -> m.key() == null ? null : new String(m.key(), StandardCharsets.UTF_8);
      case MetaFields.HEADERS -> headers(m);
      case MetaFields.TOPIC -> m.topic();
      case MetaFields.PARTITION -> m.partition();
      case MetaFields.OFFSET -> m.offset();
      case MetaFields.TIMESTAMP ->
          m.timestamp() < 0 ? null : Instant.ofEpochMilli(m.timestamp()).atOffset(ZoneOffset.UTC);
      default -> throw new IllegalStateException("not a metadata field: " + name);
    };
  }

  /** Headers as a JSON object of UTF-8 text; a name sent more than once maps to an array. */
  private static JsonText headers(ConsumerRecord<byte[], byte[]> m) {
    ObjectNode node = JsonValues.MAPPER.createObjectNode();
    for (Header h : m.headers()) {
      String text = h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
      JsonNode seen = node.get(h.key());
      if (seen == null) {
        node.put(h.key(), text);
      } else {
        ArrayNode values = seen.isArray() ? (ArrayNode) seen : node.putArray(h.key()).add(seen);
        values.add(text);
      }
    }
    return new JsonText(node.toString());
  }

  /** A schema's value fields followed by the metadata fields. */
  static Schema withMeta(List<io.dataaggregator.engine.type.Field> valueFields) {
    var fields = new java.util.ArrayList<>(valueFields);
    fields.removeIf(f -> MetaFields.isMeta(f.name()));
    fields.addAll(MetaFields.FIELDS);
    return new Schema(fields);
  }
}
