package io.dataaggregator.connector.file.parquet;

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
 * The {@code parquet} destination: each stream to {@code <path>/<table>.parquet} and, when rolling
 * or appending, {@code <table>-00001.parquet}... (see {@link FileSink} for the write modes and
 * {@link ParquetTypes} for the types). Stateless and thread-safe.
 */
@AutoService(Destination.class)
public final class ParquetDestination implements Destination<ParquetDestinationConfig> {
  private static final ConnectorSpec<ParquetDestinationConfig> SPEC =
      new ConnectorSpec<>(
          "parquet",
          "Parquet files",
          "Writes each stream to Parquet files (append adds files, overwrite swaps the set in),"
              + " rolling over by size.",
          ParquetDestinationConfig.class);

  @Override
  public ConnectorSpec<ParquetDestinationConfig> spec() {
    return SPEC;
  }

  @Override
  public CheckResult check(ParquetDestinationConfig config) {
    return FileChecks.writableFolder(Path.of(config.path()));
  }

  @Override
  public BatchWriter open(ParquetDestinationConfig config, WriteTarget target) {
    return FileSink.open(
        Path.of(config.path()), target, new ParquetRowFormat(config), config.maxFileBytes());
  }
}
