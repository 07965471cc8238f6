package io.dataaggregator.connector.file.excel;

import io.dataaggregator.connector.file.OutputFiles;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.Schema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Puts spooled rows into one sheet of a workbook by writing a whole new workbook to a hidden
 * temporary file next to it and moving it over the old one atomically: readers see the old
 * workbook or the new one, never a half-written file. The other sheets are copied as values (a
 * formula becomes its cached value; number formats other than dates and times are not kept).
 * Streams writing sheets of the same workbook in this process take turns.
 */
final class WorkbookMerge {
  static final int MAX_ROWS = 1_048_576;
  private static final int FLUSH_EVERY = 10_000;
  private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  private WorkbookMerge() {}

  /**
   * Writes {@code spool} into {@code sheet} of {@code file}: after the rows already there, or,
   * with {@code replace}, instead of them (under a header of {@code schema}'s names).
   */
  static void merge(Path file, String sheet, Schema schema, RowSpool spool, boolean replace)
      throws IOException {
    ReentrantLock lock =
        LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new ReentrantLock());
    lock.lock();
    try {
      Path temp = OutputFiles.createTemp(file.getParent(), file.getFileName().toString());
      try {
        write(temp, file, sheet, schema, spool, replace);
        try (FileChannel c = FileChannel.open(temp, StandardOpenOption.WRITE)) {
          c.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        OutputFiles.syncFolder(file.getParent());
      } finally {
        Files.deleteIfExists(temp);
      }
    } finally {
      lock.unlock();
    }
  }

  private static void write(
      Path temp, Path file, String sheet, Schema schema, RowSpool spool, boolean replace)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(temp)) {
      Workbook wb = new Workbook(out, "DataAggregator", "1.0");
      boolean done = false;
      if (Files.exists(file)) {
        ReadableWorkbook old = Workbooks.open(file);
        try {
          for (Sheet s : old.getSheets().toList()) {
            Worksheet ws = wb.newWorksheet(s.getName());
            if (s.getName().equals(sheet)) {
              int next = replace ? header(ws, schema) : copy(s, ws, old.isDate1904());
              append(ws, next, spool, sheet);
              done = true;
            } else {
              copy(s, ws, old.isDate1904());
            }
            ws.finish();
          }
        } finally {
          Workbooks.closeQuietly(old);
        }
      }
      if (!done) {
        Worksheet ws = wb.newWorksheet(sheet);
        append(ws, header(ws, schema), spool, sheet);
        ws.finish();
      }
      wb.finish();
    }
  }

  private static int header(Worksheet ws, Schema schema) {
    for (int c = 0; c < schema.size(); c++) {
      ws.value(0, c, schema.field(c).name());
      ws.style(0, c).bold().set();
    }
    return 1;
  }

  /** Copies a sheet's cells to the same places; returns the index of the row after the last. */
  private static int copy(Sheet sheet, Worksheet ws, boolean date1904) throws IOException {
    int next = 0;
    try (var rows = sheet.openStream()) {
      for (Iterator<Row> it = rows.iterator(); it.hasNext(); ) {
        Row row = it.next();
        int r = row.getRowNum() - 1;
        for (int c = 0; c < row.getCellCount(); c++) {
          Object v = ExcelCells.value(row.getCell(c), date1904);
          CellWriter.write(ws, r, c, v instanceof ExcelCells.CellError e ? e.code() : v);
        }
        next = r + 1;
        if (next % FLUSH_EVERY == 0) {
          ws.flush();
        }
      }
    }
    return next;
  }

  private static void append(Worksheet ws, int first, RowSpool spool, String sheet)
      throws IOException {
    if (first + spool.rows() > MAX_ROWS) {
      throw new ConnectorException(
          ExcelErrorCode.TOO_LARGE,
          "sheet '" + sheet + "' would have " + (first + spool.rows())
              + " rows; a sheet holds at most " + MAX_ROWS);
    }
    int[] r = {first};
    spool.forEach(
        row -> {
          for (int c = 0; c < row.length; c++) {
            CellWriter.write(ws, r[0], c, row[c]);
          }
          if (++r[0] % FLUSH_EVERY == 0) {
            try {
              ws.flush();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
  }
}
