package io.dataaggregator.connector.file.xml;

import io.dataaggregator.connector.file.FileSet;
import io.dataaggregator.connector.file.TypeGuess;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds an XML stream's schema from its first {@code sample_rows} records: the union of their
 * fields in order of first appearance; a field that is ever nested or repeated is json, others
 * are typed from their text like CSV values ({@link TypeGuess}); configured columns win.
 */
final class XmlDiscovery {
  private XmlDiscovery() {}

  static Schema schemaOf(FileSet files, XmlOptions options, int sampleRows) {
    var guesses = new LinkedHashMap<String, DataType>();
    int sampled = 0;
    for (Path file : files.files()) {
      try (XmlRecords records = options.open(file)) {
        XmlRecords.XmlRecord record;
        while (sampled < sampleRows && (record = records.next()) != null) {
          for (var field : record.fields().entrySet()) {
            DataType seen = guesses.get(field.getKey());
            guesses.put(field.getKey(), TypeGuess.widen(seen, guess(field.getValue())));
          }
          sampled++;
        }
      }
      if (sampled >= sampleRows) {
        break;
      }
    }
    return schema(guesses, options, files);
  }

  private static DataType guess(Object value) {
    return value instanceof String s ? TypeGuess.of(s) : DataType.JSON;
  }

  private static Schema schema(Map<String, DataType> guesses, XmlOptions options, FileSet files) {
    var columns = options.columns();
    if (guesses.isEmpty() && columns.isEmpty()) {
      throw new ConnectorException(
          XmlErrorCode.NO_RECORDS,
          (files.files().size() == 1 ? "file " + files.files().getFirst() : files.path())
              + " has no element matching record_path '"
              + options.config().recordPath()
              + "' (name the fields with the 'columns' setting to read it anyway)");
    }
    columns.names().forEach(n -> guesses.putIfAbsent(n, null));
    var fields = new ArrayList<Field>();
    guesses.forEach(
        (name, guess) -> {
          DataType configured = columns.typeOf(name);
          fields.add(Field.of(name, configured != null ? configured : TypeGuess.orString(guess)));
        });
    return new Schema(fields);
  }
}
