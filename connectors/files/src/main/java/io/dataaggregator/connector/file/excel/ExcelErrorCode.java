package io.dataaggregator.connector.file.excel;

import io.dataaggregator.engine.spi.ErrorCode;

/** Errors of the {@code excel} connectors. Cells that misfit their column are rejections. */
public enum ExcelErrorCode implements ErrorCode {
  /** Not an .xlsx workbook (a legacy .xls, another file, or a damaged zip). */
  NOT_XLSX("EXCEL-01", true),
  /** A configured sheet the workbook does not have. */
  NO_SHEET("EXCEL-02", true),
  /** A header row with duplicate names, or no header where one is expected. */
  BAD_HEADER("EXCEL-03", true),
  /** The {@code columns} setting names an unknown type. */
  BAD_COLUMNS("EXCEL-04", true),
  /** More rows or columns than a sheet holds (1,048,576 by 16,384). */
  TOO_LARGE("EXCEL-05", true),
  /** A table name that cannot be a sheet name. */
  BAD_SHEET_NAME("EXCEL-06", true);

  private final String code;
  private final boolean inputError;

  ExcelErrorCode(String code, boolean inputError) {
    this.code = code;
    this.inputError = inputError;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public boolean isInputError() {
    return inputError;
  }
}
