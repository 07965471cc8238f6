package io.dataaggregator.connector.file.csv;

import io.dataaggregator.connector.file.ColumnTypes;
import io.dataaggregator.connector.file.TextEncoding;

/** A {@link CsvSourceConfig} checked and parsed once per discover or read. */
record CsvOptions(CsvDialect dialect, TextEncoding encoding, boolean header, ColumnTypes columns) {
  static CsvOptions of(CsvSourceConfig config) {
    return new CsvOptions(
        CsvDialect.of(config),
        TextEncoding.named(config.encoding()),
        config.header(),
        ColumnTypes.of(config.columns(), CsvErrorCode.BAD_COLUMNS));
  }
}
