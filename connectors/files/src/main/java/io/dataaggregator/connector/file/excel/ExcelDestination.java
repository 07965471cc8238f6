package io.dataaggregator.connector.file.excel;

import com.google.auto.service.AutoService;
import io.dataaggregator.connector.file.FileChecks;
import io.dataaggregator.connector.file.OutputFiles;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.ConnectorSpec;
import io.dataaggregator.engine.spi.Destination;
import io.dataaggregator.engine.spi.WriteTarget;
import java.nio.file.Path;

/**
 * The {@code excel} destination, for reports: each stream becomes a sheet (named after the table)
 * of {@code <path>/<workbook>.xlsx}. See {@link ExcelSheetWriter} for the write modes. Stateless
 * and thread-safe.
 */
@AutoService(Destination.class)
public final class ExcelDestination implements Destination<ExcelDestinationConfig> {
  private static final ConnectorSpec<ExcelDestinationConfig> SPEC =
      new ConnectorSpec<>(
          "excel",
          "Excel workbook",
          "Writes each stream to a sheet of an .xlsx workbook (append adds rows, overwrite"
              + " replaces the sheet), swapping the workbook in atomically.",
          ExcelDestinationConfig.class);

  @Override
  public ConnectorSpec<ExcelDestinationConfig> spec() {
    return SPEC;
  }

  @Override
  public CheckResult check(ExcelDestinationConfig config) {
    return FileChecks.writableFolder(Path.of(config.path()));
  }

  @Override
  public BatchWriter open(ExcelDestinationConfig config, WriteTarget target) {
    String name = config.workbook() == null || config.workbook().isBlank()
        ? target.pipeline()
        : config.workbook();
    Path folder = Path.of(config.path());
    Path workbook = folder.resolve(OutputFiles.checkName(name) + ".xlsx");
    return ExcelSheetWriter.open(folder, workbook, target);
  }
}
