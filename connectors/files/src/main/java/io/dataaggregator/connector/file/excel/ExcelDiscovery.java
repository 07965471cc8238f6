package io.dataaggregator.connector.file.excel;

import io.dataaggregator.connector.file.ColumnTypes;
import io.dataaggregator.connector.file.TypeGuess;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Row;

/**
 * Finds a sheet's schema in the first workbook: the header's names (or the letters of the widest
 * sampled row), typed from the first {@code sample_rows} data rows' cells ({@link
 * ExcelCells#guess}); configured columns win and are added when missing.
 */
final class ExcelDiscovery {
  private ExcelDiscovery() {}

  static Schema schemaOf(Path file, String sheet, ExcelSourceConfig config, ColumnTypes columns) {
    var guesses = new ArrayList<DataType>();
    int width = 0;
    SheetHeader header;
    try (SheetRows rows = new SheetRows(file, sheet, config.headerRow())) {
      int sampled = 0;
      Row row;
      while (sampled < config.sampleRows() && (row = rows.next(0)) != null) {
        for (int i = 0; i < row.getCellCount(); i++) {
          while (guesses.size() <= i) {
            guesses.add(null);
          }
          DataType g = ExcelCells.guess(ExcelCells.value(row.getCell(i), rows.date1904()));
          guesses.set(i, TypeGuess.widen(guesses.get(i), g));
          width = g == null ? width : Math.max(width, i + 1);
        }
        sampled++;
      }
      header = rows.header() != null ? rows.header() : SheetHeader.ofLetters(width);
    }
    if (header.names().isEmpty() && columns.isEmpty()) {
      throw new ConnectorException(
          ExcelErrorCode.BAD_HEADER,
          "sheet '" + sheet + "' of " + file + " has no "
              + (config.headerRow() > 0 ? "header in row " + config.headerRow() : "data")
              + " (name the columns with the 'columns' setting to read it anyway)");
    }
    return schema(header.names(), guesses, columns);
  }

  private static Schema schema(List<String> names, List<DataType> guesses, ColumnTypes columns) {
    var fields = new ArrayList<Field>();
    for (int i = 0; i < names.size(); i++) {
      DataType configured = columns.typeOf(names.get(i));
      DataType guess = i < guesses.size() ? guesses.get(i) : null;
      DataType type = configured != null ? configured : TypeGuess.orString(guess);
      fields.add(Field.of(names.get(i), type));
    }
    for (String name : columns.names()) {
      if (!names.contains(name)) {
        fields.add(Field.of(name, columns.typeOf(name)));
      }
    }
    return new Schema(fields);
  }
}
