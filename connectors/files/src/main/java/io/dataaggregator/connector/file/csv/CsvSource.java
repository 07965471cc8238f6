package io.dataaggregator.connector.file.csv;

import com.google.auto.service.AutoService;
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
import java.util.List;

/**
 * The {@code csv} source: one stream from a CSV file, a folder of them or a glob, optionally
 * gzipped. Rows that do not parse or do not fit their column's type become rejections naming file,
 * line and column; reading goes on. Checkpoints are byte offsets, so a resumed read starts exactly
 * after the last batch returned. Stateless and thread-safe.
 */
@AutoService(Source.class)
public final class CsvSource implements Source<CsvSourceConfig> {
  private static final ConnectorSpec<CsvSourceConfig> SPEC =
      new ConnectorSpec<>(
          "csv",
          "CSV files",
          "Reads CSV files (a file, a folder or a glob; gzip; any encoding) with typed columns.",
          CsvSourceConfig.class);

  @Override
  public ConnectorSpec<CsvSourceConfig> spec() {
    return SPEC;
  }

  @Override
  public CheckResult check(CsvSourceConfig config) {
    try {
      CsvOptions.of(config);
      return FileChecks.readable(FileSet.resolve(config.path(), config.stream()));
    } catch (ConnectorException e) {
      return CheckResult.failure(e.getMessage());
    }
  }

  @Override
  public Catalog discover(CsvSourceConfig config) {
    FileSet files = FileSet.resolve(config.path(), config.stream());
    var schema = CsvDiscovery.schemaOf(files, CsvOptions.of(config), config.sampleRows());
    return new Catalog(List.of(CatalogStream.of(files.stream(), schema)));
  }

  @Override
  public BatchReader read(CsvSourceConfig config, CatalogStream stream, Checkpoint from) {
    FileSet files = FileSet.resolve(config.path(), config.stream());
    CsvOptions options = CsvOptions.of(config);
    var schema = stream.schema();
    return new FileBatchReader(
        files,
        schema,
        (file, at) -> CsvFileReader.open(file, at, options, stream.name(), schema),
        from);
  }
}
