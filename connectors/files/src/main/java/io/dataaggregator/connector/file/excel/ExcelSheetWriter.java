package io.dataaggregator.connector.file.excel;

import io.dataaggregator.connector.file.FileErrorCode;
import io.dataaggregator.connector.file.OutputFiles;
import io.dataaggregator.connector.file.RejectionLog;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Writes one stream to one sheet. Rows are spooled to a hidden file, not kept in memory. APPEND
 * merges the spool into the workbook at every {@link #commit} (so a commit is durable; a crash
 * repeats at most the rows since the last one); OVERWRITE replaces the sheet's rows at {@link
 * #finish} only, and {@link #resumeFrom} says {@link Checkpoint#START} so a rerun writes the whole
 * sheet again. Each merge rewrites the workbook (see {@link WorkbookMerge}), which suits
 * report-sized sheets. UPSERT is refused. Used by one thread.
 */
final class ExcelSheetWriter implements BatchWriter {
  private static final Pattern BAD_SHEET = Pattern.compile("[\\[\\]:*?/\\\\]");

  private final Path workbook;
  private final WriteTarget target;
  private final RowSpool spool;
  private final RejectionLog rejections;
  private boolean merged;

  private ExcelSheetWriter(Path workbook, WriteTarget target, RowSpool spool, Path rejected) {
    this.workbook = workbook;
    this.target = target;
    this.spool = spool;
    this.rejections = new RejectionLog(rejected);
  }

  static ExcelSheetWriter open(Path folder, Path workbook, WriteTarget target) {
    String sheet = checkSheetName(target.table());
    if (target.mode() == WriteMode.UPSERT) {
      throw new ConnectorException(
          FileErrorCode.UPSERT_UNSUPPORTED,
          "an Excel sheet cannot merge rows on a key (table " + sheet + "): use append or"
              + " overwrite");
    }
    try {
      Files.createDirectories(folder);
      if (target.mode() == WriteMode.APPEND) {
        checkHeader(workbook, sheet, target);
      }
      Path spoolFile = OutputFiles.createTemp(folder, workbook.getFileName() + "." + sheet);
      var spool = new RowSpool(spoolFile, target.schema().size());
      return new ExcelSheetWriter(
          workbook, target, spool, folder.resolve(sheet + "__rejected.jsonl"));
    } catch (IOException e) {
      throw new ConnectorException(
          FileErrorCode.NOT_WRITABLE, "cannot write " + workbook + ": " + e.getMessage(), e);
    }
  }

  /** Excel's rules: 1 to 31 characters, none of []:*?/\, no apostrophe at either end. */
  private static String checkSheetName(String name) {
    if (name.isBlank() || name.length() > 31 || BAD_SHEET.matcher(name).find()
        || name.startsWith("'") || name.endsWith("'")) {
      throw new ConnectorException(
          ExcelErrorCode.BAD_SHEET_NAME,
          "table name '" + name + "' cannot be a sheet name: Excel allows 1 to 31 characters,"
              + " none of [ ] : * ? / \\, and no apostrophe at either end; rename the table");
    }
    return name;
  }

  /** An existing sheet must have the stream's columns for rows to be appended to it. */
  private static void checkHeader(Path workbook, String sheet, WriteTarget target) {
    if (!Files.exists(workbook)) {
      return;
    }
    ReadableWorkbook wb = Workbooks.open(workbook);
    boolean has = wb.findSheet(sheet).isPresent();
    Workbooks.closeQuietly(wb);
    if (!has) {
      return;
    }
    try (SheetRows rows = new SheetRows(workbook, sheet, 1)) {
      List<String> names = rows.header().names();
      if (!names.isEmpty() && !names.equals(target.schema().names())) {
        throw new ConnectorException(
            FileErrorCode.SCHEMA_MISMATCH,
            "cannot append to sheet '" + sheet + "' of " + workbook + ": its header has columns "
                + names + ", the stream has " + target.schema().names()
                + "; write with mode overwrite, or to another table");
      }
    }
  }

  @Override
  public Optional<Checkpoint> resumeFrom() {
    return target.mode() == WriteMode.OVERWRITE ? Optional.of(Checkpoint.START) : Optional.empty();
  }

  @Override
  public void write(Batch batch) {
    try {
      for (Object[] row : batch.rows()) {
        spool.add(row);
      }
      rejections.write(batch.rejections());
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void commit(Checkpoint checkpoint) {
    try {
      rejections.commit();
      if (target.mode() == WriteMode.APPEND && spool.rows() > 0) {
        WorkbookMerge.merge(workbook, target.table(), target.schema(), spool, false);
        spool.reset();
        merged = true;
      }
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void finish() {
    commit(Checkpoint.START);
    try {
      if (target.mode() == WriteMode.OVERWRITE) {
        WorkbookMerge.merge(workbook, target.table(), target.schema(), spool, true);
      } else if (!merged) {
        // An append of no rows still leaves the sheet, with its header, in the workbook.
        WorkbookMerge.merge(workbook, target.table(), target.schema(), spool, false);
      }
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void close() {
    try {
      spool.close();
    } catch (IOException e) {
      throw failed(e);
    } finally {
      rejections.close();
    }
  }

  private ConnectorException failed(IOException e) {
    return new ConnectorException(
        FileErrorCode.WRITE_FAILED,
        "cannot write sheet '" + target.table() + "' of " + workbook + ": " + e.getMessage(),
        e);
  }
}
