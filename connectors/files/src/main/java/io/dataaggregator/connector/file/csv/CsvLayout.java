package io.dataaggregator.connector.file.csv;

import io.dataaggregator.connector.file.ColumnTypes;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * Which schema field each field of a file's records fills; a record must have exactly {@link
 * #width()} fields.
 */
record CsvLayout(int[] target) {
  int width() {
    return target.length;
  }

  /**
   * The names of a file's columns: its header's, or, when the header has duplicate or empty names,
   * the configured columns in order (which must then name every column).
   *
   * @throws ConnectorException ({@link CsvErrorCode#BAD_HEADER}) for an unusable header
   */
  static List<String> namesOf(Path file, List<String> header, ColumnTypes columns) {
    String problems = CsvHeader.problems(header);
    if (problems == null) {
      return header;
    }
    if (columns.size() != header.size()) {
      throw CsvHeader.badHeader(file, problems, header.size());
    }
    return columns.names();
  }

  /**
   * Maps a file with {@code header} onto {@code schema} by column name.
   *
   * @throws ConnectorException ({@link CsvErrorCode#HEADER_CHANGED}) for a column the schema lacks
   */
  static CsvLayout byHeader(Path file, List<String> header, ColumnTypes columns, Schema schema) {
    List<String> names = namesOf(file, header, columns);
    int[] target = new int[names.size()];
    for (int i = 0; i < names.size(); i++) {
      OptionalInt at = schema.indexOf(names.get(i));
      if (at.isEmpty()) {
        throw new ConnectorException(
            CsvErrorCode.HEADER_CHANGED,
            "file "
                + file
                + " has column '"
                + names.get(i)
                + "' (column "
                + (i + 1)
                + ") that the stream's schema "
                + schema.names()
                + " does not have; discover the stream again to pick it up");
      }
      target[i] = at.getAsInt();
    }
    return new CsvLayout(target);
  }

  /** Field i fills schema field i (files without a header). */
  static CsvLayout positional(Schema schema) {
    int[] target = new int[schema.size()];
    for (int i = 0; i < target.length; i++) {
      target[i] = i;
    }
    return new CsvLayout(target);
  }
}
