package io.dataaggregator.connector.file.excel;

import com.google.auto.service.AutoService;
import io.dataaggregator.connector.file.ColumnTypes;
import io.dataaggregator.connector.file.FileBatchReader;
import io.dataaggregator.connector.file.FileChecks;
import io.dataaggregator.connector.file.FileSet;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.Catalog;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ConnectorSpec;
import io.dataaggregator.engine.spi.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * The {@code excel} source: one stream per sheet of .xlsx workbooks (a file, a folder or a glob),
 * streamed row by row. Cells are typed by their value and number format; formulas give their
 * cached values. Checkpoints hold the sheet row to go on from. Stateless and thread-safe.
 */
@AutoService(Source.class)
public final class ExcelSource implements Source<ExcelSourceConfig> {
  private static final ConnectorSpec<ExcelSourceConfig> SPEC =
      new ConnectorSpec<>(
          "excel",
          "Excel workbooks",
          "Reads the sheets of .xlsx workbooks, one stream per sheet, with typed cells.",
          ExcelSourceConfig.class);

  @Override
  public ConnectorSpec<ExcelSourceConfig> spec() {
    return SPEC;
  }

  @Override
  public CheckResult check(ExcelSourceConfig config) {
    try {
      FileSet files = FileSet.resolve(config.path(), null);
      CheckResult readable = FileChecks.readable(files);
      if (!readable.ok()) {
        return readable;
      }
      List<String> sheets = sheets(files.files().getFirst(), config);
      return CheckResult.success(readable.message().replaceFirst(", stream '.*'$", "")
          + ", sheets " + sheets);
    } catch (ConnectorException e) {
      return CheckResult.failure(e.getMessage());
    }
  }

  /** The configured sheets, checked to exist, or every visible sheet. */
  private static List<String> sheets(Path file, ExcelSourceConfig config) {
    ReadableWorkbook workbook = Workbooks.open(file);
    try {
      for (String sheet : config.sheets()) {
        Workbooks.sheet(workbook, sheet, file);
      }
      return config.sheets().isEmpty() ? Workbooks.visibleNames(workbook) : config.sheets();
    } finally {
      Workbooks.closeQuietly(workbook);
    }
  }

  @Override
  public Catalog discover(ExcelSourceConfig config) {
    FileSet files = FileSet.resolve(config.path(), null);
    Path first = files.files().getFirst();
    ColumnTypes columns = ColumnTypes.of(config.columns(), ExcelErrorCode.BAD_COLUMNS);
    var streams = new ArrayList<CatalogStream>();
    for (String sheet : sheets(first, config)) {
      streams.add(CatalogStream.of(sheet, ExcelDiscovery.schemaOf(first, sheet, config, columns)));
    }
    return new Catalog(streams);
  }

  @Override
  public BatchReader read(ExcelSourceConfig config, CatalogStream stream, Checkpoint from) {
    FileSet files = FileSet.resolve(config.path(), stream.name());
    return new FileBatchReader(
        files,
        stream.schema(),
        (file, at) ->
            ExcelRowReader.open(
                file, at, stream.name(), config.headerRow(), stream.schema(), stream.name()),
        from);
  }
}
