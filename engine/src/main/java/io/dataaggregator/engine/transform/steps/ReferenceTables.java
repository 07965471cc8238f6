package io.dataaggregator.engine.transform.steps;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.dataaggregator.engine.cache.LruCache;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.type.DataType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads lookup reference files once and keeps them: a file is read again only when its size or
 * modification time changes. At most {@value #CACHED} tables are kept (least recently used goes),
 * each at most {@value #MAX_ROWS} rows, since lookup is for small reference data. Thread-safe.
 * Query results are keyed by {@link QueryTables} under the same row limit.
 */
final class ReferenceTables {
  static final int MAX_ROWS = 1_000_000;
  private static final int CACHED = 16;
  // get then put, not computeIfAbsent: a file read must not hold up lookups of other files.
  private static final LruCache<String, Table> CACHE = new LruCache<>(CACHED);

  /**
   * Reference rows by key, ready to match.
   *
   * @param rows the added columns' values by key: the list of the key's matching texts ({@link
   *     LookupKeys})
   * @param types the added columns' types, in the order of the values
   * @param numeric for each key column, whether it is matched as a number; the row's key values
   *     must be turned into matching texts the same way (not to be modified)
   * @param origin the table as the reason of a rejected row names it
   */
  record Table(
      Map<List<String>, Object[]> rows, List<DataType> types, boolean[] numeric, String origin) {}

  private ReferenceTables() {}

  /**
   * @param numeric for each key column, whether it is matched as a number (the row's key field is a
   *     number type); file values are text
   */
  static Table load(
      Path file,
      char delimiter,
      List<String> keyColumns,
      List<String> columns,
      boolean[] numeric,
      String origin) {
    try {
      String id =
          String.join(
              "|",
              file.toAbsolutePath().toString(),
              String.valueOf(Files.size(file)),
              String.valueOf(Files.getLastModifiedTime(file).toMillis()),
              String.valueOf(delimiter),
              keyColumns.toString(),
              columns.toString(),
              Arrays.toString(numeric));
      Table cached = CACHE.get(id).orElse(null);
      if (cached == null) {
        var rows = read(file, delimiter, keyColumns, columns, numeric);
        cached =
            new Table(
                rows,
                Collections.nCopies(columns.size(), DataType.STRING),
                numeric.clone(),
                origin);
        CACHE.put(id, cached);
      }
      return cached;
    } catch (IOException e) {
      throw new StepConfigException("file", "file: cannot read " + file + ": " + e.getMessage());
    }
  }

  private static Map<List<String>, Object[]> read(
      Path file, char delimiter, List<String> keys, List<String> columns, boolean[] numeric)
      throws IOException {
    var rows = new HashMap<List<String>, Object[]>();
    var lines = new HashMap<List<String>, Long>();
    try (var reader = CsvReader.builder().fieldSeparator(delimiter).ofCsvRecord(file)) {
      int[] keyAt = null;
      int[] columnAt = null;
      for (CsvRecord record : reader) {
        if (keyAt == null) {
          keyAt = positions(record.getFields(), keys, file, "key");
          columnAt = positions(record.getFields(), columns, file, "columns");
          continue;
        }
        if (rows.size() >= MAX_ROWS) {
          throw new StepConfigException(
              "file",
              "file: "
                  + file
                  + " has more than "
                  + MAX_ROWS
                  + " rows; lookup is for small reference files");
        }
        String[] keyText = values(record, keyAt);
        for (int i = 0; i < keyText.length; i++) {
          keyText[i] = LookupKeys.text(keyText[i], numeric[i]);
        }
        List<String> key = List.of(keyText);
        Long first = lines.putIfAbsent(key, record.getStartingLineNumber());
        if (first != null) {
          throw new StepConfigException(
              "file",
              "file: "
                  + file
                  + " has the key "
                  + key
                  + " twice (lines "
                  + first
                  + " and "
                  + record.getStartingLineNumber()
                  + ")");
        }
        rows.put(key, values(record, columnAt));
      }
    }
    return Map.copyOf(rows);
  }

  private static int[] positions(
      List<String> header, List<String> names, Path file, String setting) {
    int[] at = new int[names.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = header.indexOf(names.get(i));
      if (at[i] < 0) {
        throw new StepConfigException(
            setting,
            setting
                + ": "
                + file
                + " has no column '"
                + names.get(i)
                + "'; its columns are "
                + header);
      }
    }
    return at;
  }

  private static String[] values(CsvRecord record, int[] at) {
    String[] values = new String[at.length];
    for (int i = 0; i < at.length; i++) {
      values[i] = at[i] < record.getFieldCount() ? record.getField(at[i]) : "";
    }
    return values;
  }
}
