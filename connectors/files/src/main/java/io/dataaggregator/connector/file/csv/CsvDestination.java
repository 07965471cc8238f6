package io.dataaggregator.connector.file.csv;

import com.google.auto.service.AutoService;
import io.dataaggregator.connector.file.FileChecks;
import io.dataaggregator.connector.file.FileSink;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.ConnectorSpec;
import io.dataaggregator.engine.spi.Destination;
import io.dataaggregator.engine.spi.WriteTarget;
import java.nio.file.Path;

/**
 * The {@code csv} destination: each stream to {@code <path>/<table>.csv} (see {@link FileSink} for
 * the write modes and {@link CsvRowFormat} for the format). Stateless and thread-safe.
 */
@AutoService(Destination.class)
public final class CsvDestination implements Destination<CsvDestinationConfig> {
  private static final ConnectorSpec<CsvDestinationConfig> SPEC =
      new ConnectorSpec<>(
          "csv",
          "CSV files",
          "Writes each stream to CSV files with a header (append, or overwrite by atomic swap),"
              + " rolling over by size.",
          CsvDestinationConfig.class);

  @Override
  public ConnectorSpec<CsvDestinationConfig> spec() {
    return SPEC;
  }

  @Override
  public CheckResult check(CsvDestinationConfig config) {
    return FileChecks.writableFolder(Path.of(config.path()));
  }

  @Override
  public BatchWriter open(CsvDestinationConfig config, WriteTarget target) {
    return FileSink.open(
        Path.of(config.path()), target, new CsvRowFormat(), config.maxFileBytes());
  }
}
