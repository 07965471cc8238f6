package io.dataaggregator.connector.file.parquet;

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
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code parquet} source: one stream from Parquet files (a file, a folder or a glob), read one
 * row group at a time without Hadoop. The schema is the first file's; checkpoints count rows.
 * Stateless and thread-safe.
 */
@AutoService(Source.class)
public final class ParquetSource implements Source<ParquetSourceConfig> {
  private static final ConnectorSpec<ParquetSourceConfig> SPEC =
      new ConnectorSpec<>(
          "parquet",
          "Parquet files",
          "Reads Parquet files (a file, a folder or a glob): decimals, timestamps with or without"
              + " time zone, nested values as JSON.",
          ParquetSourceConfig.class);

  @Override
  public ConnectorSpec<ParquetSourceConfig> spec() {
    return SPEC;
  }

  @Override
  public CheckResult check(ParquetSourceConfig config) {
    try {
      FileSet files = FileSet.resolve(config.path(), config.stream());
      CheckResult readable = FileChecks.readable(files);
      if (readable.ok()) {
        ParquetFiles.schemaOf(files.files().getFirst());
      }
      return readable;
    } catch (ConnectorException e) {
      return CheckResult.failure(e.getMessage());
    }
  }

  @Override
  public Catalog discover(ParquetSourceConfig config) {
    FileSet files = FileSet.resolve(config.path(), config.stream());
    Schema schema = ParquetTypes.toSchema(ParquetFiles.schemaOf(files.files().getFirst()));
    return new Catalog(List.of(CatalogStream.of(files.stream(), override(schema, config, files))));
  }

  /** {@code schema} with the types set in {@code columns}. */
  private static Schema override(Schema schema, ParquetSourceConfig config, FileSet files) {
    ColumnTypes columns = ColumnTypes.of(config.columns(), ParquetErrorCode.BAD_COLUMNS);
    for (String name : columns.names()) {
      if (schema.indexOf(name).isEmpty()) {
        throw new ConnectorException(
            ParquetErrorCode.BAD_COLUMNS,
            "columns." + name + ": " + files.files().getFirst() + " has no such column; its"
                + " columns are " + schema.names());
      }
    }
    var fields = new ArrayList<Field>();
    for (Field f : schema.fields()) {
      var declared = columns.typeOf(f.name());
      fields.add(declared == null ? f : f.withType(declared));
    }
    return new Schema(fields);
  }

  @Override
  public BatchReader read(ParquetSourceConfig config, CatalogStream stream, Checkpoint from) {
    FileSet files = FileSet.resolve(config.path(), config.stream());
    return new FileBatchReader(
        files,
        stream.schema(),
        (file, at) -> ParquetRowReader.open(file, at, stream.schema(), stream.name()),
        from);
  }
}
