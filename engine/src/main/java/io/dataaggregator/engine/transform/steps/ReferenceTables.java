package io.dataaggregator.engine.transform.steps;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.dataaggregator.engine.transform.StepConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads lookup reference files once and keeps them: a file is read again only when its size or
 * modification time changes. At most {@value #CACHED} files are kept (least recently used goes),
 * each at most {@value #MAX_ROWS} rows, since lookup is for small reference data. Thread-safe.
 */
final class ReferenceTables {
  static final int MAX_ROWS = 1_000_000;
  private static final int CACHED = 16;
  private static final Map<String, Table> CACHE =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Table> eldest) {
              return size() > CACHED;
            }
          });

  /** Rows of the file by key: the key is the list of key column values. */
  record Table(Map<List<String>, String[]> rows) {}

  private ReferenceTables() {}

  static Table load(Path file, char delimiter, List<String> keyColumns, List<String> columns) {
    try {
      String id =
          file.toAbsolutePath()
              + "|"
              + Files.size(file)
              + "|"
              + Files.getLastModifiedTime(file).toMillis()
              + "|"
              + delimiter
              + "|"
              + keyColumns
              + "|"
              + columns;
      Table cached = CACHE.get(id);
      if (cached == null) {
        cached = read(file, delimiter, keyColumns, columns);
        CACHE.put(id, cached);
      }
      return cached;
    } catch (IOException e) {
      throw new StepConfigException("file", "file: cannot read " + file + ": " + e.getMessage());
    }
  }

  private static Table read(Path file, char delimiter, List<String> keys, List<String> columns)
      throws IOException {
    var rows = new HashMap<List<String>, String[]>();
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
        List<String> key = values(record, keyAt);
        String[] added = values(record, columnAt).toArray(String[]::new);
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
        rows.put(key, added);
      }
    }
    return new Table(Map.copyOf(rows));
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

  private static List<String> values(CsvRecord record, int[] at) {
    String[] values = new String[at.length];
    for (int i = 0; i < at.length; i++) {
      values[i] = at[i] < record.getFieldCount() ? record.getField(at[i]) : "";
    }
    return List.of(values);
  }
}
