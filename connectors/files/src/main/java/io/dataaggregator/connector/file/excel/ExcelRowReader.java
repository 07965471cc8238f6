package io.dataaggregator.connector.file.excel;

import io.dataaggregator.connector.file.BadValueException;
import io.dataaggregator.connector.file.FilePosition;
import io.dataaggregator.connector.file.FileRowReader;
import io.dataaggregator.connector.file.JsonTrees;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the data rows of one sheet of one workbook; see {@link FileRowReader}. A stream field is
 * found by its header name (or column letter without a header), so workbooks may order columns
 * differently; a field the sheet lacks reads as null. Positions are sheet row numbers: line is
 * the row after the last one read, and a resumed read starts there. A cell that does not fit its
 * column rejects the row, naming the cell. Used by one thread.
 */
final class ExcelRowReader implements FileRowReader {
  private final SheetRows rows;
  private final Schema schema;
  private final String stream;
  private final int[] columns;
  private final long resumeRow;
  private long offset;

  private ExcelRowReader(SheetRows rows, Schema schema, String stream, long resumeRow) {
    this.rows = rows;
    this.schema = schema;
    this.stream = stream;
    this.resumeRow = resumeRow;
    this.columns = new int[schema.size()];
    for (int i = 0; i < columns.length; i++) {
      String name = schema.field(i).name();
      columns[i] =
          rows.header() == null ? SheetHeader.index(name) : rows.header().indexOf(name, false);
    }
  }

  static ExcelRowReader open(
      Path file, FilePosition resumeAt, String sheet, int headerRow, Schema schema, String stream) {
    SheetRows rows = new SheetRows(file, sheet, headerRow);
    var reader = new ExcelRowReader(rows, schema, stream, resumeAt == null ? 0 : resumeAt.line());
    reader.offset = resumeAt == null ? 0 : resumeAt.offset();
    return reader;
  }

  @Override
  public boolean read(List<Object[]> out, List<Rejection> rejections, int maxRows, long maxBytes) {
    int added = 0;
    while (added < maxRows) {
      Row row = rows.next(resumeRow);
      if (row == null) {
        return false;
      }
      offset++;
      Object[] values = new Object[schema.size()];
      Rejection misfit = fill(row, values);
      if (misfit == null) {
        out.add(values);
        added++;
      } else {
        rejections.add(misfit);
      }
    }
    return true;
  }

  private Rejection fill(Row row, Object[] values) {
    for (int i = 0; i < values.length; i++) {
      int c = columns[i];
      if (c < 0 || c >= row.getCellCount()) {
        continue;
      }
      try {
        Object cell = ExcelCells.value(row.getCell(c), rows.date1904());
        values[i] = ExcelCells.convert(cell, schema.field(i).type());
      } catch (BadValueException e) {
        String name = schema.field(i).name();
        String cell = SheetHeader.letter(c) + row.getRowNum();
        return new Rejection(
            stream,
            row.getRowNum(),
            name,
            rows.where() + " cell " + cell + ", column '" + name + "': " + e.getMessage(),
            raw(row));
      }
    }
    return null;
  }

  /** The row's cells as a JSON object by column name, for the quarantine. */
  private String raw(Row row) {
    var cells = new LinkedHashMap<String, Object>();
    for (int c = 0; c < row.getCellCount(); c++) {
      Object v = ExcelCells.value(row.getCell(c), rows.date1904());
      if (v != null) {
        String name =
            rows.header() != null && c < rows.header().names().size()
                ? rows.header().names().get(c)
                : SheetHeader.letter(c);
        cells.put(name, v instanceof ExcelCells.CellError e ? e.code() : v);
      }
    }
    return JsonTrees.render(cells).json();
  }

  @Override
  public long offset() {
    return offset;
  }

  @Override
  public long line() {
    return Math.max(rows.nextRowNumber(), resumeRow);
  }

  @Override
  public long rawBytesRead() {
    return 0;
  }

  @Override
  public void close() {
    rows.close();
  }
}
