package io.dataaggregator.connector.file.csv;

import io.dataaggregator.engine.spi.ConnectorException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and checks a file's header line. */
final class CsvHeader {
  private CsvHeader() {}

  /**
   * The column names on the parser's next line (trimmed), or null when the file has no line.
   *
   * @throws ConnectorException ({@link CsvErrorCode#BAD_HEADER}) when the line cannot be parsed
   */
  static List<String> read(CsvParser parser, Path file) {
    int r = parser.next();
    if (r == CsvParser.END) {
      return null;
    }
    if (r == CsvParser.BROKEN) {
      throw new ConnectorException(
          CsvErrorCode.BAD_HEADER,
          "file "
              + file
              + " line "
              + parser.brokenLine()
              + ": the header cannot be parsed: "
              + parser.brokenReason());
    }
    CsvFields f = parser.fields;
    var names = new ArrayList<String>(f.count());
    for (int i = 0; i < f.count(); i++) {
      String name = f.get(i);
      names.add(name == null ? "" : name.strip());
    }
    return names;
  }

  /** What is wrong with {@code names} (duplicates, empty names), or null when nothing is. */
  static String problems(List<String> names) {
    var problems = new ArrayList<String>();
    Map<String, List<Integer>> positions = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      positions.computeIfAbsent(names.get(i), n -> new ArrayList<>()).add(i + 1);
    }
    var reported = new java.util.HashSet<String>();
    for (String name : names) {
      List<Integer> at = positions.get(name);
      if (name.isEmpty() && reported.add(name)) {
        problems.add("empty column name at column " + join(at));
      } else if (at.size() > 1 && reported.add(name)) {
        problems.add("duplicate column name '" + name + "' at columns " + join(at));
      }
    }
    return problems.isEmpty() ? null : String.join("; ", problems);
  }

  /** The error for a header with {@code problems}. */
  static ConnectorException badHeader(Path file, String problems, int width) {
    return new ConnectorException(
        CsvErrorCode.BAD_HEADER,
        "file "
            + file
            + " line 1: the header has "
            + problems
            + ". Fix the header, or name all "
            + width
            + " columns in file order with the 'columns' setting (e.g. columns: {id: bigint,"
            + " name: string, ...}); with header: true the header line is then skipped.");
  }

  private static String join(List<Integer> positions) {
    var parts = positions.stream().map(String::valueOf).toList();
    return parts.size() == 1
        ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
  }
}
