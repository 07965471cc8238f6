package io.dataaggregator.connector.file.json;

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
 * The {@code json} source: one stream from JSON Lines or JSON array files (a file, a folder or a
 * glob, optionally gzipped), each object a row. Files are streamed in bounded memory; checkpoints
 * are byte offsets. Stateless and thread-safe.
 */
@AutoService(Source.class)
public final class JsonSource implements Source<JsonSourceConfig> {
  private static final ConnectorSpec<JsonSourceConfig> SPEC =
      new ConnectorSpec<>(
          "json",
          "JSON files",
          "Reads JSON Lines or JSON array files (a file, a folder or a glob; gzip), one row per"
              + " object.",
          JsonSourceConfig.class);

  @Override
  public ConnectorSpec<JsonSourceConfig> spec() {
    return SPEC;
  }

  @Override
  public CheckResult check(JsonSourceConfig config) {
    try {
      JsonOptions.of(config);
      return FileChecks.readable(FileSet.resolve(config.path(), config.stream()));
    } catch (ConnectorException e) {
      return CheckResult.failure(e.getMessage());
    }
  }

  @Override
  public Catalog discover(JsonSourceConfig config) {
    FileSet files = FileSet.resolve(config.path(), config.stream());
    var schema = JsonDiscovery.schemaOf(files, JsonOptions.of(config), config.sampleRows());
    return new Catalog(List.of(CatalogStream.of(files.stream(), schema)));
  }

  @Override
  public BatchReader read(JsonSourceConfig config, CatalogStream stream, Checkpoint from) {
    FileSet files = FileSet.resolve(config.path(), config.stream());
    JsonOptions options = JsonOptions.of(config);
    var decoder = new JsonRowDecoder(stream.schema());
    return new FileBatchReader(
        files,
        stream.schema(),
        (file, at) ->
            JsonFileReader.open(
                file, at, options.format(), options.encoding(), stream.name(), decoder),
        from);
  }
}
