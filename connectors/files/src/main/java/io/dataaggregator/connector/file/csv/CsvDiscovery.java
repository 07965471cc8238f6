package io.dataaggregator.connector.file.csv;

import io.dataaggregator.connector.file.ColumnTypes;
import io.dataaggregator.connector.file.FileInput;
import io.dataaggregator.connector.file.FileSet;
import io.dataaggregator.connector.file.TypeGuess;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a CSV stream's schema: the union of the files' header names in order of appearance (or
 * {@code column_1, column_2, ...} without a header), typed from the configured {@code columns} or
 * guessed from the first {@code sample_rows} records.
 */
final class CsvDiscovery {
  private final CsvOptions options;
  private final int sampleRows;
  private final Map<String, DataType> guesses = new LinkedHashMap<>();
  private int sampled;
  private int width = -1;

  private CsvDiscovery(CsvOptions options, int sampleRows) {
    this.options = options;
    this.sampleRows = sampleRows;
  }

  static Schema schemaOf(FileSet files, CsvOptions options, int sampleRows) {
    var discovery = new CsvDiscovery(options, sampleRows);
    for (Path file : files.files()) {
      discovery.scan(file);
    }
    return discovery.schema(files);
  }

  private void scan(Path file) {
    try (FileInput input = FileInput.open(file, options.encoding(), false)) {
      CsvParser parser = new CsvParser(input, options.dialect());
      List<String> names = null;
      if (options.header()) {
        List<String> header = CsvHeader.read(parser, file);
        if (header == null) {
          return;
        }
        names = CsvLayout.namesOf(file, header, options.columns());
        names.forEach(n -> guesses.putIfAbsent(n, null));
      }
      sample(parser, names);
    }
  }

  private void sample(CsvParser parser, List<String> names) {
    while (sampled < sampleRows) {
      int r = parser.next();
      if (r == CsvParser.END) {
        return;
      }
      if (r == CsvParser.RECORD) {
        CsvFields f = parser.fields;
        List<String> columns = names != null ? names : positionalNames(f.count());
        if (f.count() == columns.size()) {
          for (int i = 0; i < f.count(); i++) {
            DataType guess = TypeGuess.of(f.get(i));
            if (guess != null) {
              guesses.put(columns.get(i), TypeGuess.widen(guesses.get(columns.get(i)), guess));
            }
          }
          sampled++;
        }
      }
    }
  }

  /** Without a header the first record fixes the width; names come from columns, then column_N. */
  private List<String> positionalNames(int count) {
    if (width < 0) {
      width = Math.max(count, options.columns().size());
      List<String> configured = options.columns().names();
      for (int i = 0; i < width; i++) {
        guesses.putIfAbsent(i < configured.size() ? configured.get(i) : "column_" + (i + 1), null);
      }
    }
    return List.copyOf(guesses.keySet());
  }

  private Schema schema(FileSet files) {
    ColumnTypes columns = options.columns();
    if (guesses.isEmpty()) {
      if (columns.isEmpty()) {
        throw new ConnectorException(CsvErrorCode.EMPTY_FILE, emptyMessage(files));
      }
      columns.names().forEach(n -> guesses.put(n, null));
    }
    var missing = new ArrayList<String>();
    for (String name : columns.names()) {
      if (!guesses.containsKey(name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new ConnectorException(
          CsvErrorCode.BAD_COLUMNS,
          "columns names "
              + missing
              + ", which the header of "
              + files.path()
              + " does not have; its columns are "
              + List.copyOf(guesses.keySet()));
    }
    var fields = new ArrayList<Field>();
    guesses.forEach(
        (name, guess) -> {
          DataType configured = columns.typeOf(name);
          fields.add(Field.of(name, configured != null ? configured : TypeGuess.orString(guess)));
        });
    return new Schema(fields);
  }

  private String emptyMessage(FileSet files) {
    String what = options.header() ? "no header line" : "no line to infer columns from";
    if (files.files().size() == 1) {
      return "file "
          + files.files().get(0)
          + " is empty: "
          + what
          + " (name the columns with the 'columns' setting to read it as zero rows)";
    }
    return "all " + files.files().size() + " files of " + files.path() + " are empty: " + what;
  }
}
