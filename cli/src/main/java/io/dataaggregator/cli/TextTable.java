package io.dataaggregator.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Prints rows as an aligned text table, cutting long cells so a row fits a line. */
final class TextTable {
  private static final int MAX_CELL = 40;

  private TextTable() {}

  static void print(List<String> header, List<List<String>> rows, PrintStream out) {
    int[] widths = new int[header.size()];
    var all = new ArrayList<List<String>>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], cut(row.get(i)).length());
      }
    }
    for (int r = 0; r < all.size(); r++) {
      var line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        line.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", cut(all.get(r).get(i))));
      }
      out.println(line.toString().stripTrailing());
      if (r == 0) {
        out.println("-".repeat(line.toString().stripTrailing().length()));
      }
    }
  }

  static String cell(Object value) {
    if (value == null) {
      return "null";
    }
    return value instanceof byte[] b ? java.util.Base64.getEncoder().encodeToString(b) : value.toString();
  }

  private static String cut(String s) {
    String flat = s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    return flat.length() <= MAX_CELL ? flat : flat.substring(0, MAX_CELL - 1) + "…";
  }
}
