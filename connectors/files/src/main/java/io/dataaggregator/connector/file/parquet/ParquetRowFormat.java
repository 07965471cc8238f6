package io.dataaggregator.connector.file.parquet;

import io.dataaggregator.connector.file.FileErrorCode;
import io.dataaggregator.connector.file.RowFormat;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.Schema;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;

/**
 * Parquet as the destination writes it (see {@link ParquetTypes} for the types). A Parquet file
 * ends with a footer, so it cannot be appended to: appending writes a new file.
 */
final class ParquetRowFormat implements RowFormat {
  private final CompressionCodecName codec;
  private final TimeUnit unit;
  private final long rowGroupBytes;

  ParquetRowFormat(ParquetDestinationConfig config) {
    this.codec = CompressionCodecName.valueOf(config.compression().toUpperCase(Locale.ROOT));
    this.unit = TimeUnit.valueOf(config.timestampUnit().toUpperCase(Locale.ROOT));
    long max = config.maxFileBytes() > 0 ? config.maxFileBytes() : Long.MAX_VALUE;
    this.rowGroupBytes = Math.min(config.rowGroupBytes(), max);
  }

  @Override
  public String extension() {
    return "parquet";
  }

  @Override
  public boolean appendable() {
    return false;
  }

  @Override
  public Encoder open(OutputStream out) {
    return new ParquetEncoder(out, codec, unit, rowGroupBytes);
  }

  /** Refuses to add files to a table whose last file has other columns. */
  @Override
  public void checkAppend(Path file, Schema schema) {
    Schema existing = ParquetTypes.toSchema(ParquetFiles.schemaOf(file));
    if (!existing.names().equals(schema.names())) {
      throw new ConnectorException(
          FileErrorCode.SCHEMA_MISMATCH,
          "cannot append to the table of "
              + file
              + ": it has columns "
              + existing.names()
              + ", the stream has "
              + schema.names()
              + "; write with mode overwrite, or to another table");
    }
  }
}
