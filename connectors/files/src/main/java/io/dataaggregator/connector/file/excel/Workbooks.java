package io.dataaggregator.connector.file.excel;

import io.dataaggregator.connector.file.FileErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/** Opening .xlsx workbooks for streaming, and the errors that say what is wrong with one. */
final class Workbooks {
  /** Read cell formats too: they tell dates from numbers. */
  private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

  private Workbooks() {}

  /**
   * Opens {@code file}.
   *
   * @throws ConnectorException ({@link ExcelErrorCode#NOT_XLSX}) for a legacy .xls or any file
   *     that is not an .xlsx workbook
   */
  static ReadableWorkbook open(Path file) {
    if (!Files.exists(file)) {
      throw new ConnectorException(FileErrorCode.NOT_FOUND, "file '" + file + "' does not exist");
    }
    byte[] head = head(file);
    if (ReadableWorkbook.isOLE2Header(head)) {
      throw new ConnectorException(
          ExcelErrorCode.NOT_XLSX,
          "file '" + file + "' is a legacy .xls workbook; save it as .xlsx to read it");
    }
    if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
      throw notXlsx(file, "it does not start like a zip archive");
    }
    try {
      return new ReadableWorkbook(file.toFile(), OPTIONS);
    } catch (IOException | RuntimeException e) {
      throw notXlsx(file, String.valueOf(e.getMessage()));
    }
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(8);
    } catch (IOException e) {
      throw new ConnectorException(
          FileErrorCode.NOT_READABLE, "cannot read file '" + file + "': " + e.getMessage(), e);
    }
  }

  static ConnectorException notXlsx(Path file, String why) {
    return new ConnectorException(
        ExcelErrorCode.NOT_XLSX, "file '" + file + "' is not a readable .xlsx workbook: " + why);
  }

  /** The sheet called {@code name}, or an error listing the sheets there are. */
  static Sheet sheet(ReadableWorkbook workbook, String name, Path file) {
    return workbook
        .findSheet(name)
        .orElseThrow(
            () ->
                new ConnectorException(
                    ExcelErrorCode.NO_SHEET,
                    "workbook '" + file + "' has no sheet '" + name + "'; its sheets are "
                        + names(workbook)));
  }

  static List<String> names(ReadableWorkbook workbook) {
    return workbook.getSheets().map(Sheet::getName).toList();
  }

  static List<String> visibleNames(ReadableWorkbook workbook) {
    return workbook
        .getSheets()
        .filter(s -> s.getVisibility() == SheetVisibility.VISIBLE)
        .map(Sheet::getName)
        .toList();
  }

  static void closeQuietly(ReadableWorkbook workbook) {
    try {
      workbook.close();
    } catch (IOException e) {
      // Only read from.
    }
  }
}
