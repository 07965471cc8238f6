package io.dataaggregator.connector.file.json;

import io.dataaggregator.connector.file.ColumnTypes;
import io.dataaggregator.connector.file.TextEncoding;

/** A {@link JsonSourceConfig} checked and parsed once per discover or read. */
record JsonOptions(JsonFormat format, TextEncoding encoding, ColumnTypes columns) {
  static JsonOptions of(JsonSourceConfig config) {
    return new JsonOptions(
        JsonFormat.of(config.format()),
        TextEncoding.named(config.encoding()),
        ColumnTypes.of(config.columns(), JsonErrorCode.BAD_COLUMNS));
  }
}
