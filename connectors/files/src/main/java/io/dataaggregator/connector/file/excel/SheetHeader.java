package io.dataaggregator.connector.file.excel;

import io.dataaggregator.connector.file.TextValues;
import io.dataaggregator.engine.spi.ConnectorException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Row;

/**
 * The column names of a sheet: the header row's cell texts (an empty header cell is named after
 * its column letter), or, without a header row, the column letters A, B, C... Immutable.
 */
record SheetHeader(List<String> names, Map<String, Integer> columns) {
  /** The header in {@code row}, refusing duplicate names. */
  static SheetHeader of(Row row, boolean date1904, Path file, String sheet) {
    var names = new ArrayList<String>();
    var columns = new HashMap<String, Integer>();
    int width = row == null ? 0 : row.getCellCount();
    int last = -1;
    for (int i = 0; i < width; i++) {
      if (ExcelCells.value(row.getCell(i), date1904) != null) {
        last = i;
      }
    }
    for (int i = 0; i <= last; i++) {
      Object value = ExcelCells.value(row.getCell(i), date1904);
      String name = value == null ? letter(i) : TextValues.render(value).strip();
      Integer clash = columns.put(name, i);
      if (clash != null) {
        throw new ConnectorException(
            ExcelErrorCode.BAD_HEADER,
            "sheet '" + sheet + "' of " + file + ": the header row names '" + name
                + "' in columns " + letter(clash) + " and " + letter(i)
                + "; rename one, or read without a header (header_row: 0)");
      }
      names.add(name);
    }
    return new SheetHeader(List.copyOf(names), Map.copyOf(columns));
  }

  /** Without a header row: {@code width} columns named A, B, C... */
  static SheetHeader ofLetters(int width) {
    var names = new ArrayList<String>();
    var columns = new HashMap<String, Integer>();
    for (int i = 0; i < width; i++) {
      names.add(letter(i));
      columns.put(letter(i), i);
    }
    return new SheetHeader(List.copyOf(names), Map.copyOf(columns));
  }

  /** The column index a field reads, or -1 when this sheet lacks it. */
  int indexOf(String name, boolean byLetter) {
    Integer i = columns.get(name);
    if (i != null) {
      return i;
    }
    return byLetter ? index(name) : -1;
  }

  /** A (0), B (1), ... Z, AA, AB ... */
  static String letter(int index) {
    var out = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      out.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return out.toString();
  }

  /** The index of column letters, or -1 when {@code name} is not letters. */
  static int index(String name) {
    if (name.isEmpty() || name.length() > 3 || !name.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < name.length(); i++) {
      n = n * 26 + (name.charAt(i) - 'A' + 1);
    }
    return n - 1;
  }
}
