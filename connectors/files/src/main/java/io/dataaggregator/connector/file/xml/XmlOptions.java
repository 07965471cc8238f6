package io.dataaggregator.connector.file.xml;

import io.dataaggregator.connector.file.ColumnTypes;
import java.nio.file.Path;

/** An {@link XmlSourceConfig} checked and parsed once per discover or read. */
record XmlOptions(RecordPath path, ColumnTypes columns, XmlSourceConfig config) {
  static XmlOptions of(XmlSourceConfig config) {
    return new XmlOptions(
        RecordPath.parse(config.recordPath(), config.namespaces()),
        ColumnTypes.of(config.columns(), XmlErrorCode.BAD_COLUMNS),
        config);
  }

  XmlRecords open(Path file) {
    return new XmlRecords(
        file, path, config.encoding(), config.attributePrefix(), config.textField());
  }
}
