package io.dataaggregator.connector.kafka;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import java.util.List;

/**
 * The fields the source adds to every row after the value's fields, naming where the message came
 * from. The sink leaves them out of the value it writes ({@code _key}, {@code _headers} and {@code
 * _timestamp} become the message's key, headers and timestamp), so topic to topic copies keep them.
 */
final class MetaFields {
  static final String KEY = "_key";
  static final String HEADERS = "_headers";
  static final String TOPIC = "_topic";
  static final String PARTITION = "_partition";
  static final String OFFSET = "_offset";
  static final String TIMESTAMP = "_timestamp";

  static final List<String> NAMES = List.of(KEY, HEADERS, TOPIC, PARTITION, OFFSET, TIMESTAMP);

  /** In row order: key as UTF-8 text, headers as a JSON object, then the message's position. */
  static final List<Field> FIELDS =
      List.of(
          Field.of(KEY, DataType.STRING),
          Field.of(HEADERS, DataType.JSON),
          new Field(TOPIC, DataType.STRING, false),
          new Field(PARTITION, DataType.INT, false),
          new Field(OFFSET, DataType.BIGINT, false),
          Field.of(TIMESTAMP, DataType.TIMESTAMP_TZ));

  private MetaFields() {}

  static boolean isMeta(String name) {
    return NAMES.contains(name);
  }
}
