package io.dataaggregator.connector.file.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of one sheet of one workbook, streamed: the header row (if any) and then the data rows
 * below it, skipping rows without a value. Only the current row is in memory (plus the workbook's
 * shared strings). Used by one thread; close it when done.
 */
final class SheetRows implements AutoCloseable {
  private final Path file;
  private final String sheet;
  private final ReadableWorkbook workbook;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private final boolean date1904;
  private final SheetHeader header;
  private Row pending;
  private int nextRowNumber = 1;

  /**
   * Opens {@code sheet} of {@code file} and reads its header in row {@code headerRow} (0: none).
   */
  SheetRows(Path file, String sheet, int headerRow) {
    this.file = file;
    this.sheet = sheet;
    this.workbook = Workbooks.open(file);
    try {
      this.date1904 = workbook.isDate1904();
      this.stream = Workbooks.sheet(workbook, sheet, file).openStream();
      this.rows = stream.iterator();
      this.header = headerRow == 0 ? null : readHeader(headerRow);
    } catch (IOException | RuntimeException e) {
      Workbooks.closeQuietly(workbook);
      if (e instanceof io.dataaggregator.engine.spi.ConnectorException c) {
        throw c;
      }
      throw Workbooks.notXlsx(file, "sheet '" + sheet + "': " + e.getMessage());
    }
  }

  private SheetHeader readHeader(int headerRow) {
    Row found = null;
    while (rows.hasNext()) {
      Row row = rows.next();
      if (row.getRowNum() == headerRow) {
        found = row;
        break;
      }
      if (row.getRowNum() > headerRow) {
        pending = row;
        break;
      }
    }
    nextRowNumber = headerRow + 1;
    return SheetHeader.of(found, date1904, file, sheet);
  }

  /** The header, or null when the sheet is read without one. */
  SheetHeader header() {
    return header;
  }

  boolean date1904() {
    return date1904;
  }

  /** The next row at or after row number {@code from} that holds a value, or null at the end. */
  Row next(long from) {
    while (pending != null || rows.hasNext()) {
      Row row = pending != null ? pending : rows.next();
      pending = null;
      if (row.getRowNum() >= Math.max(from, nextRowNumber) && !blank(row)) {
        nextRowNumber = row.getRowNum() + 1;
        return row;
      }
    }
    return null;
  }

  /** The row number after the last row returned. */
  int nextRowNumber() {
    return nextRowNumber;
  }

  private boolean blank(Row row) {
    for (int i = 0; i < row.getCellCount(); i++) {
      if (ExcelCells.value(row.getCell(i), date1904) != null) {
        return false;
      }
    }
    return true;
  }

  String where() {
    return "file " + file + " sheet '" + sheet + "'";
  }

  @Override
  public void close() {
    try {
      stream.close();
    } finally {
      Workbooks.closeQuietly(workbook);
    }
  }
}
