package io.dataaggregator.connector.file.json;

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
 * The {@code json} destination: each stream to {@code <path>/<table>.jsonl} (see {@link FileSink}
 * for the write modes and {@link JsonRowFormat} for the format). Stateless and thread-safe.
 */
@AutoService(Destination.class)
public final class JsonDestination implements Destination<JsonDestinationConfig> {
  private static final ConnectorSpec<JsonDestinationConfig> SPEC =
      new ConnectorSpec<>(
          "json",
          "JSON Lines files",
          "Writes each stream to JSON Lines files (append, or overwrite by atomic swap), rolling"
              + " over by size.",
          JsonDestinationConfig.class);

  @Override
  public ConnectorSpec<JsonDestinationConfig> spec() {
    return SPEC;
  }

  @Override
  public CheckResult check(JsonDestinationConfig config) {
    return FileChecks.writableFolder(Path.of(config.path()));
  }

  @Override
  public BatchWriter open(JsonDestinationConfig config, WriteTarget target) {
    return FileSink.open(
        Path.of(config.path()), target, new JsonRowFormat(), config.maxFileBytes());
  }
}
